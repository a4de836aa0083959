package dev.agora.platform.autoconfigure;

/** The defaults of every service: health, metrics, logs, errors, virtual threads (agora-service-defaults.properties). */
public class ServiceDefaultsEnvironment extends PlatformPropertyDefaults {

    static final String DEFAULTS = "agora-service-defaults.properties";

    public ServiceDefaultsEnvironment() {
        super("agoraServiceDefaults", DEFAULTS);
    }
}
