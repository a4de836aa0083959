package dev.agora.notifications.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.notifications.*}.
 *
 * @param mailDir where development mail is written, one file per notification (./agora up: .agora/mail)
 */
@ConfigurationProperties("agora.notifications")
public record NotificationsProperties(
        @DefaultValue("./.agora/mail") Path mailDir) {}
