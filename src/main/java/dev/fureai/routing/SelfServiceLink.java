package dev.fureai.routing;

/**
 * A way to get help without a person, offered to tech-touch customers.
 *
 * @param kind {@code community}, {@code webinar} or {@code ticket}
 * @param title what to show, in Japanese
 * @param url where it goes
 */
public record SelfServiceLink(String kind, String title, String url) {

}
