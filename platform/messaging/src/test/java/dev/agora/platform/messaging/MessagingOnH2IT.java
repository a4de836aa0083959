package dev.agora.platform.messaging;

import org.springframework.boot.test.context.SpringBootTest;

/** The messaging contract on the embedded H2 database every service runs on by default. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:messaging;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
class MessagingOnH2IT extends MessagingContract {}
