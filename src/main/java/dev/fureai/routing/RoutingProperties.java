package dev.fureai.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Routing settings ({@code fureai.routing.*}); every default is documented in
 * {@code docs/touch-model.md}.
 *
 * @param ltv the LTV formula
 * @param tiers tier cut-offs and overrides
 * @param triggers what escalates a conversation
 * @param techTouchChurnToLowPool whether churn risk of a tech-touch customer also goes to
 * the low-touch pool (at tech-touch priority, behind low-touch customers)
 * @param selfService links offered instead of a person to tech-touch customers
 * @param sla first-response targets per tier, counted in business hours
 * @param calendar business hours
 * @param queue queue order and estimates
 */
@ConfigurationProperties("fureai.routing")
public record RoutingProperties(@DefaultValue LtvFormula ltv, @DefaultValue Tiers tiers,
		@DefaultValue Triggers triggers, @DefaultValue("true") boolean techTouchChurnToLowPool,
		@DefaultValue SelfService selfService, @DefaultValue Sla sla, @DefaultValue Calendar calendar,
		@DefaultValue Queue queue) {

	/**
	 * @param includeMargin multiply by gross margin when a customer has one
	 */
	public record LtvFormula(@DefaultValue("false") boolean includeMargin) {
	}

	/**
	 * @param highTouchMin LTV in yen from which a customer is high touch
	 * @param lowTouchMin LTV in yen from which a customer is low touch
	 * @param strategicPartnerTier the least tier of a strategic partner
	 * @param onboardingTier the least tier during the onboarding period (last day
	 * included)
	 * @param recomputeInterval how often every tier is recomputed (onboarding periods end
	 * without anyone editing the customer)
	 */
	public record Tiers(@DefaultValue("10000000") long highTouchMin, @DefaultValue("1000000") long lowTouchMin,
			@DefaultValue("HIGH_TOUCH") CustomerTier strategicPartnerTier,
			@DefaultValue("HIGH_TOUCH") CustomerTier onboardingTier, @DefaultValue("1h") Duration recomputeInterval) {

		public Tiers {
			if (lowTouchMin < 0 || highTouchMin < lowTouchMin) {
				throw new IllegalArgumentException("fureai.routing.tiers: 0 ≤ low-touch-min ≤ high-touch-min が必要です ("
						+ lowTouchMin + ", " + highTouchMin + ")");
			}
		}
	}

	/**
	 * @param askForPerson escalate when the customer asks for a person
	 * @param failuresInARow escalate after this many unanswered or 解決しない answers in a row
	 * (0 = never)
	 * @param churnRisk escalate on churn-risk words
	 * @param churnRiskFile the writers' churn-risk list under {@code content/_search/}
	 * @param askForPersonFile the writers' list of ways to ask for a person
	 */
	public record Triggers(@DefaultValue("true") boolean askForPerson, @DefaultValue("2") int failuresInARow,
			@DefaultValue("true") boolean churnRisk, @DefaultValue("churn-risk.txt") String churnRiskFile,
			@DefaultValue("ask-for-person.txt") String askForPersonFile) {
	}

	/**
	 * @param communityUrl the user community
	 * @param webinarUrl the next webinar's sign-up page
	 * @param ticketUrl a ticket by mail ({@code mailto:} or a form)
	 */
	public record SelfService(@DefaultValue("") String communityUrl, @DefaultValue("") String webinarUrl,
			@DefaultValue("") String ticketUrl) {
	}

	/**
	 * @param highTouch first response target for high touch
	 * @param lowTouch first response target for low touch (and tech-touch churn risk in
	 * the low pool)
	 * @param checkInterval how often breaches are looked for
	 */
	public record Sla(@DefaultValue("5m") Duration highTouch, @DefaultValue("60m") Duration lowTouch,
			@DefaultValue("30s") Duration checkInterval) {
	}

	/**
	 * @param zone the time zone of the team
	 * @param opens opening time on a working day
	 * @param closes closing time on a working day
	 * @param days working days
	 * @param holidays days off (e.g. 祝日, 年末年始)
	 */
	public record Calendar(@DefaultValue("Asia/Tokyo") ZoneId zone, @DefaultValue("09:00") LocalTime opens,
			@DefaultValue("18:00") LocalTime closes, @DefaultValue( {
					"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) List<DayOfWeek> days,
			@DefaultValue List<LocalDate> holidays){

		public Calendar {
			if (!opens.isBefore(closes)) {
				throw new IllegalArgumentException("fureai.routing.calendar: opens は closes より前です");
			}
		}
	}

	/**
	 * @param highTouchPoints priority points of a high-touch customer
	 * @param lowTouchPoints priority points of a low-touch customer
	 * @param techTouchPoints priority points of a tech-touch customer
	 * @param churnPoints extra points for churn risk
	 * @param ltvYenPerPoint one point per this many yen of LTV …
	 * @param ltvMaxPoints … up to this many
	 * @param agingStep every full step waited adds {@code agingPoints}
	 * @param agingPoints points per aging step
	 * @param defaultHandlingTime the handling time assumed before there is history
	 * @param recentHandlings how many recent handling times the estimate uses
	 * @param abandonAfter how long a customer may be gone before their waiting escalation
	 * is abandoned
	 */
	public record Queue(@DefaultValue("300") int highTouchPoints, @DefaultValue("200") int lowTouchPoints,
			@DefaultValue("100") int techTouchPoints, @DefaultValue("50") int churnPoints,
			@DefaultValue("1000000") long ltvYenPerPoint, @DefaultValue("40") int ltvMaxPoints,
			@DefaultValue("10m") Duration agingStep, @DefaultValue("10") int agingPoints,
			@DefaultValue("10m") Duration defaultHandlingTime, @DefaultValue("20") int recentHandlings,
			@DefaultValue("15m") Duration abandonAfter) {

		int tierPoints(CustomerTier tier) {
			return switch (tier) {
				case HIGH_TOUCH -> this.highTouchPoints;
				case LOW_TOUCH -> this.lowTouchPoints;
				case TECH_TOUCH -> this.techTouchPoints;
			};
		}
	}

}
