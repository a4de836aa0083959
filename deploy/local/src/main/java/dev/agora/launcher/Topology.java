package dev.agora.launcher;

import java.util.List;

/**
 * The services of Agora on one machine and how they find each other. Ports follow docs (gateway 8080, catalog 8081,
 * identity 9000, gateway health and metrics 9080); an offset moves them all, so the system tests can run beside a running ./agora.
 */
public final class Topology {

    private Topology() {}

    public static List<ServiceSpec> services(Home home, int portOffset) {
        int catalog = 8081 + portOffset;
        int identity = 9000 + portOffset;
        int gateway = 8080 + portOffset;
        int gatewayManagement = 9080 + portOffset;
        // Tokens name the gateway as their issuer (the public address); keys are fetched from identity directly.
        String issuer = "--agora.security.issuer=http://127.0.0.1:" + gateway;
        String keys = "--agora.security.jwk-set-uri=http://127.0.0.1:" + identity + "/oauth2/jwks";
        return List.of(
                new ServiceSpec(
                        "identity",
                        identity,
                        identity,
                        List.of("--server.port=" + identity, "--agora.data-dir=" + home.data(), issuer, keys)),
                new ServiceSpec(
                        "catalog",
                        catalog,
                        catalog,
                        List.of("--server.port=" + catalog, "--agora.data-dir=" + home.data(), issuer, keys)),
                new ServiceSpec(
                        "gateway",
                        gateway,
                        gatewayManagement,
                        List.of(
                                "--server.port=" + gateway,
                                "--management.server.port=" + gatewayManagement,
                                "--agora.gateway.services.identity=http://127.0.0.1:" + identity,
                                "--agora.gateway.services.catalog=http://127.0.0.1:" + catalog,
                                issuer,
                                keys)));
    }
}
