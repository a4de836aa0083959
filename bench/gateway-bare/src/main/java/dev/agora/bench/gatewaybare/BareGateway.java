package dev.agora.bench.gatewaybare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Cloud Gateway on WebFlux with one route to the catalog and nothing else: the floor under the real gateway's
 * cost per request, which bench/gateway measures in the same run as the real one.
 */
@SpringBootApplication
public class BareGateway {

    public static void main(String[] args) {
        SpringApplication.run(BareGateway.class, args);
    }
}
