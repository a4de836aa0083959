package dev.agora.platform.messaging;

import dev.agora.platform.autoconfigure.PlatformPropertyDefaults;

/** Kafka producer and consumer defaults for every service that uses messaging (agora-messaging-defaults.properties). */
public class MessagingDefaultsEnvironment extends PlatformPropertyDefaults {

    public MessagingDefaultsEnvironment() {
        super("agoraMessagingDefaults", "agora-messaging-defaults.properties");
    }
}
