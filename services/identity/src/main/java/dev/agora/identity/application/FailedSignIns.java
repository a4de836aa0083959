package dev.agora.identity.application;

import java.time.Instant;
import java.util.List;

/** Failed sign-ins, by the e-mail that was typed (an account's or not). */
public interface FailedSignIns {

    void record(String email, Instant at);

    /** The failures for this e-mail at or after {@code since}, oldest first. */
    List<Instant> since(String email, Instant since);

    void clear(String email);

    /** Forgets every failure older than {@code before}: they no longer count. */
    void forgetBefore(Instant before);
}
