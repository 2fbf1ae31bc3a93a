package dev.fureai.agents;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port for one-to-many answers: a copy of the sample
 * content in a temporary directory (drafts are written under its {@code drafts/}, never
 * into the repository), the demo customers plus twelve low-touch ones ({@code low-aoki}
 * …), an in-memory H2, two low-touch CSMs ({@code csm-suzuki}, {@code csm-kato}), a
 * high-touch one ({@code csm-sato}) and an admin ({@code boss}). Test classes with this
 * annotation share one running server.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:groups-e2e;DB_CLOSE_DELAY=-1", "fureai.content.watch=false",
				"fureai.identity.jwt-secret=" + AgentsServerTest.JWT_SECRET,
				"fureai.customers.import=classpath:agents/group-customers.csv",
				"fureai.customers.known-agents=csm-sato,csm-suzuki", "fureai.agents.accounts[0].id=csm-sato",
				"fureai.agents.accounts[0].name=佐藤 花子", "fureai.agents.accounts[0].password={noop}sato-pass",
				"fureai.agents.accounts[0].roles=HIGH_TOUCH_CSM", "fureai.agents.accounts[1].id=csm-suzuki",
				"fureai.agents.accounts[1].name=鈴木 一郎", "fureai.agents.accounts[1].password={noop}suzuki-pass",
				"fureai.agents.accounts[1].roles=LOW_TOUCH_CSM", "fureai.agents.accounts[2].id=csm-kato",
				"fureai.agents.accounts[2].name=加藤 次郎", "fureai.agents.accounts[2].password={noop}kato-pass",
				"fureai.agents.accounts[2].roles=LOW_TOUCH_CSM", "fureai.agents.accounts[3].id=boss",
				"fureai.agents.accounts[3].password={noop}boss-pass", "fureai.agents.accounts[3].roles=ADMIN" })
@ContextConfiguration(initializers = GroupsContent.class)
@interface GroupsServerTest {

}
