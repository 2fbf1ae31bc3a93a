package dev.fureai.agents;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /console}: the static console page, for signed-in CSMs only (see WebSecurity).
 */
@Controller
class ConsolePage {

	@GetMapping("/console")
	String console() {
		return "forward:/console.html";
	}

}
