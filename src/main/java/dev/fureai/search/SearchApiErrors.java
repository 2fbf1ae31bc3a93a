package dev.fureai.search;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders the search API's errors (bad parameters, a {@code k} that is not a number) as
 * RFC 9457 problem details with a readable {@code detail}, instead of an empty error
 * page.
 */
@RestControllerAdvice(assignableTypes = SearchController.class)
class SearchApiErrors extends ResponseEntityExceptionHandler {

}
