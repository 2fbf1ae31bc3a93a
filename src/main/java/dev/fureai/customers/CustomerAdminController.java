package dev.fureai.customers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin API for the directory (admin role only, see {@link AdminSecurity}): one
 * customer as JSON, or many as CSV. A customer's tier and tier history are served by the
 * routing module under the same path.
 */
@RestController
@RequestMapping("/api/admin/customers")
class CustomerAdminController {

	private final CustomerImport customerImport;

	CustomerAdminController(CustomerImport customerImport) {
		this.customerImport = customerImport;
	}

	@PutMapping("/{id}")
	ResponseEntity<UpsertResponse> upsert(@PathVariable String id, @RequestBody Map<String, Object> body) {
		CustomerId customerId;
		try {
			customerId = CustomerId.of(id);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest()
				.body(new UpsertResponse("REJECTED", null, List.of(new RowProblem(0, "id", ex.getMessage()))));
		}
		CustomerImport.SingleUpsert outcome = this.customerImport.upsert(customerId, body);
		if (outcome.result() == null) {
			return ResponseEntity.badRequest().body(new UpsertResponse("REJECTED", null, outcome.problems()));
		}
		HttpStatus status = (outcome.result() == UpsertResult.CREATED) ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status)
			.body(new UpsertResponse(outcome.result().name(), outcome.customer(), List.of()));
	}

	@PostMapping(path = "/import", consumes = { "text/csv", "text/plain" })
	ResponseEntity<ImportReport> importCsv(@RequestBody String csv) {
		return respond(this.customerImport.importCsv(csv));
	}

	@PostMapping(path = "/import", consumes = "multipart/form-data")
	ResponseEntity<ImportReport> importFile(@RequestParam("file") MultipartFile file) throws IOException {
		return respond(this.customerImport.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8)));
	}

	/** A file whose header was refused loaded nothing: that is a bad request. */
	private static ResponseEntity<ImportReport> respond(ImportReport report) {
		boolean fileRejected = report.created() + report.updated() + report.unchanged() + report.rejected() == 0
				&& !report.problems().isEmpty();
		return fileRejected ? ResponseEntity.badRequest().body(report) : ResponseEntity.ok(report);
	}

	record UpsertResponse(String result, Customer customer, List<RowProblem> problems) {

	}

}
