package dev.fureai.chat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How queue updates that failed (the database was busy or down) are tried again.
 *
 * @param retryAfter how long after its last attempt a failed update is tried again (also
 * how often the event publication registry is looked at)
 * @param maxAttempts after how many attempts an update is given up (logged), so one that
 * can never succeed does not run forever
 */
@ConfigurationProperties("fureai.chat.queue-updates")
record QueueUpdateProperties(@DefaultValue("10s") Duration retryAfter, @DefaultValue("100") int maxAttempts) {

}
