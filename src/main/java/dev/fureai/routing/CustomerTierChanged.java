package dev.fureai.routing;

/**
 * Published when a customer's recorded tier changed (including their first decision).
 *
 * @param change the change
 */
public record CustomerTierChanged(TierChange change) {

}
