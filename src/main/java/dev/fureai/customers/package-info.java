/**
 * The customer directory: who a customer is (the JWT {@code sub}), their company, the
 * inputs of their lifetime value, their plan, their CSM and the flags that override a
 * tier. Loaded from CSV at startup and kept up to date through the admin API
 * ({@code /api/admin/customers}, admin role only), which this module also guards.
 * <p>
 * Announces every real change with {@link dev.fureai.customers.CustomerChanged}. Knows
 * nothing about tiers, escalation or chat: the routing module decides what a customer's
 * data means.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package dev.fureai.customers;
