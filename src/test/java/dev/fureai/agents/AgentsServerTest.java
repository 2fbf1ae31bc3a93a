package dev.fureai.agents;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port with the demo customers, an in-memory H2 and
 * test agents: a high-touch CSM ({@code csm-sato}, own CSM of {@code demo-high}), a
 * low-touch CSM ({@code csm-suzuki}), one with both roles ({@code csm-both}), one with
 * only the admin role, and the configured admin. Test classes with this annotation share
 * one running server.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:agents-e2e;DB_CLOSE_DELAY=-1", "fureai.content.watch=false",
				"fureai.identity.jwt-secret=" + AgentsServerTest.JWT_SECRET,
				"fureai.customers.import=classpath:demo/customers.csv",
				"fureai.customers.known-agents=csm-sato,csm-suzuki", "fureai.admin.username=root-admin",
				"fureai.admin.password={noop}root-secret", "fureai.agents.accounts[0].id=csm-sato",
				"fureai.agents.accounts[0].name=佐藤 花子", "fureai.agents.accounts[0].password={noop}sato-pass",
				"fureai.agents.accounts[0].roles=HIGH_TOUCH_CSM", "fureai.agents.accounts[1].id=csm-suzuki",
				"fureai.agents.accounts[1].password={noop}suzuki-pass", "fureai.agents.accounts[1].roles=LOW_TOUCH_CSM",
				"fureai.agents.accounts[2].id=csm-both", "fureai.agents.accounts[2].password={noop}both-pass",
				"fureai.agents.accounts[2].roles=HIGH_TOUCH_CSM,LOW_TOUCH_CSM", "fureai.agents.accounts[3].id=boss",
				"fureai.agents.accounts[3].password={noop}boss-pass", "fureai.agents.accounts[3].roles=ADMIN" })
@interface AgentsServerTest {

	String JWT_SECRET = "agents-test-secret-0123456789-0123456789";

}
