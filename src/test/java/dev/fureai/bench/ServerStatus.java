package dev.fureai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory and thread count, as the kernel reports them in
 * {@code /proc/<pid>/status} ({@code VmRSS}, {@code Threads}).
 */
record ServerStatus(long rssKb, int threads) {

	static ServerStatus of(long pid) {
		try {
			long rss = -1;
			int threads = -1;
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
				else if (line.startsWith("Threads:")) {
					threads = Integer.parseInt(line.replaceAll("[^0-9]", ""));
				}
			}
			return new ServerStatus(rss, threads);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read /proc/" + pid + "/status (Linux only)", ex);
		}
	}

	long rssMb() {
		return this.rssKb / 1024;
	}

}
