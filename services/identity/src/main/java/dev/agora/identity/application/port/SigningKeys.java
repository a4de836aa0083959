package dev.agora.identity.application.port;

/** The keys identity signs tokens with: one active, the ones before it still published until their tokens expire. */
public interface SigningKeys {

    /** The id ({@code kid}) of the key new tokens are signed with; makes the first one when there is none. */
    String activeKeyId();

    /** Makes a new key the active one and returns its id; the previous key stays published for a while. */
    String rotate();
}
