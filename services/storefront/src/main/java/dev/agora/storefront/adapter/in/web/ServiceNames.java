package dev.agora.storefront.adapter.in.web;

/** What a customer calls each service: they know a catalogue, not a "catalog service". */
final class ServiceNames {

    private ServiceNames() {}

    static String of(String service) {
        return switch (service) {
            case "catalog" -> "catalogue";
            case "orders" -> "order service";
            default -> service + " service";
        };
    }
}
