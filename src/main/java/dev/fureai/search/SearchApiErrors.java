package dev.fureai.search;

import java.util.regex.Pattern;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders the search API's errors (bad parameters, a {@code k} that is not a number) as
 * RFC 9457 problem details with a readable {@code detail}, instead of an empty error
 * page: {@code 日本語 (English)}, like every other refusal of the app's APIs. The
 * controller's own refusals are worded so already; Spring's (English only) get a Japanese
 * text in front.
 */
@RestControllerAdvice(assignableTypes = SearchController.class)
class SearchApiErrors extends ResponseEntityExceptionHandler {

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

	/** {@code k=abc}: named, in both languages, not Spring's "Failed to convert 'k'…". */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		String detail = isNumber(ex.getRequiredType()) ? name + " は数で指定してください (" + name + " must be a number)"
				: name + " の値を読めません (" + name + " has a value that cannot be read)";
		return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
	}

	/**
	 * Any other of Spring's details, English only: a Japanese text first. Spring makes
	 * most of them here, from the exception, when no body is given.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& !saysInJapanese(problem.getDetail())) {
			String english = (problem.getDetail() != null) ? problem.getDetail() : "the request was refused";
			problem.setDetail("リクエストを処理できませんでした（" + statusCode.value() + "） (" + english + ")");
		}
		return response;
	}

	private static boolean saysInJapanese(String detail) {
		return detail != null && JAPANESE.matcher(detail).find();
	}

	private static boolean isNumber(Class<?> type) {
		return type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class
				|| type == short.class || type == byte.class || type == double.class || type == float.class);
	}

}
