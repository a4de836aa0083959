package dev.agora.bench.gatewaywebmvc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Cloud Gateway on its WebMVC server with virtual threads, routing the catalog paths like the real gateway. It
 * exists only so that bench/gateway can measure both server flavours on the same machine (docs/adr/0007).
 */
@SpringBootApplication
public class WebMvcGateway {

    public static void main(String[] args) {
        SpringApplication.run(WebMvcGateway.class, args);
    }
}
