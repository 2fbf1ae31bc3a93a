package dev.fureai.routing;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationPolicyTests {

	private final EscalationPolicy policy = new EscalationPolicy(TestSettings.routing());

	private final AgentPresence nobody = new NobodyOnline();

	private final AgentPresence satoOnline = new AgentPresence() {

		@Override
		public boolean isOnline(String agentId) {
			return agentId.equals("csm-sato");
		}

		@Override
		public int onlineIn(QueuePool pool) {
			return 1;
		}

	};

	@Test
	void techTouchGetsSelfServiceAndNoQueue() {
		EscalationPolicy.Route route = this.policy.route(CustomerTier.TECH_TOUCH, Optional.empty(), false, this.nobody);
		assertThat(route).isEqualTo(new EscalationPolicy.Route(Optional.empty(), null, null, true));
	}

	@Test
	void techTouchChurnRiskAlsoGoesToTheLowPoolUnlessSwitchedOff() {
		assertThat(this.policy.route(CustomerTier.TECH_TOUCH, Optional.empty(), true, this.nobody))
			.isEqualTo(new EscalationPolicy.Route(Optional.of(QueuePool.LOW_TOUCH), null, null, true));
		EscalationPolicy off = new EscalationPolicy(TestSettings.routing("tech-touch-churn-to-low-pool=false"));
		assertThat(off.route(CustomerTier.TECH_TOUCH, Optional.empty(), true, this.nobody).pool()).isEmpty();
	}

	@Test
	void lowTouchGoesToTheLowPool() {
		assertThat(this.policy.route(CustomerTier.LOW_TOUCH, Optional.of("csm-sato"), false, this.satoOnline))
			.isEqualTo(new EscalationPolicy.Route(Optional.of(QueuePool.LOW_TOUCH), null, null, false));
		assertThat(this.policy.route(CustomerTier.LOW_TOUCH, Optional.empty(), true, this.nobody).pool())
			.contains(QueuePool.LOW_TOUCH);
	}

	@Test
	void highTouchGoesToTheOwnCsmWhenOnlineElseToThePoolWithTheCsmNotified() {
		assertThat(this.policy.route(CustomerTier.HIGH_TOUCH, Optional.of("csm-sato"), false, this.satoOnline))
			.isEqualTo(new EscalationPolicy.Route(Optional.of(QueuePool.HIGH_TOUCH), "csm-sato", null, false));
		assertThat(this.policy.route(CustomerTier.HIGH_TOUCH, Optional.of("csm-sato"), false, this.nobody))
			.isEqualTo(new EscalationPolicy.Route(Optional.of(QueuePool.HIGH_TOUCH), null, "csm-sato", false));
		assertThat(this.policy.route(CustomerTier.HIGH_TOUCH, Optional.empty(), true, this.satoOnline))
			.isEqualTo(new EscalationPolicy.Route(Optional.of(QueuePool.HIGH_TOUCH), null, null, false));
	}

	@Test
	void theCustomersOwnWishIsTheStoredTrigger() {
		assertThat(EscalationPolicy.primary(Set.of(EscalationTrigger.CHURN_RISK, EscalationTrigger.ASKED_FOR_PERSON)))
			.isEqualTo(EscalationTrigger.ASKED_FOR_PERSON);
		assertThat(EscalationPolicy.primary(Set.of(EscalationTrigger.CHURN_RISK, EscalationTrigger.REPEATED_FAILURE)))
			.isEqualTo(EscalationTrigger.CHURN_RISK);
	}

}
