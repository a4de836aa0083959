package dev.agora.users.domain;

/** No erasure by this id, or none asked for by this customer. */
public class ErasureNotFound extends RuntimeException {

    public ErasureNotFound() {
        super("No such erasure.");
    }
}
