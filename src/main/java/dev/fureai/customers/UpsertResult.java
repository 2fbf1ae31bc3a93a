package dev.fureai.customers;

/** What storing a customer did. */
enum UpsertResult {

	CREATED, UPDATED, UNCHANGED

}
