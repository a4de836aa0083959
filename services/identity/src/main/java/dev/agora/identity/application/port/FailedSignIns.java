package dev.agora.identity.application.port;

import java.time.Instant;
import java.util.List;

/** Failed sign-ins, by the e-mail that was typed (an account's or not). */
public interface FailedSignIns {

    /** Records one and returns its id. */
    String record(String email, Instant at);

    /** Forgets the one with this id. */
    void forget(String id);

    /** The failures for this e-mail after {@code since}, oldest first. */
    List<Instant> since(String email, Instant since);

    void clear(String email);

    /** Forgets every failure older than {@code before}: they no longer count. */
    void forgetBefore(Instant before);
}
