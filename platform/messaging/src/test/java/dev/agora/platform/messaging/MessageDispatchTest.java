package dev.agora.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Int64Value;
import com.google.protobuf.Message;
import com.google.protobuf.StringValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageDispatchTest {

    private final List<String> handled = new ArrayList<>();

    private final MessageDispatch dispatch = MessageDispatch.of("notifications")
            .on(StringValue.getDefaultInstance(), (text, message) -> handled.add("text " + text.getValue()))
            .on(Int64Value.getDefaultInstance(), (number, message) -> handled.add("number " + number.getValue()))
            .ignoring(com.google.protobuf.BoolValue.getDefaultInstance());

    @Test
    void each_type_goes_to_its_own_handler_parsed() {
        dispatch.handle(message(StringValue.of("hello")));
        dispatch.handle(message(Int64Value.of(42)));
        dispatch.handle(message(com.google.protobuf.BoolValue.of(true)));

        assertThat(handled).containsExactly("text hello", "number 42");
    }

    @Test
    void a_type_without_a_handler_is_malformed_and_named() {
        IncomingMessage unknown = message(com.google.protobuf.Int32Value.of(1));

        assertThatThrownBy(() -> dispatch.handle(unknown))
                .isInstanceOf(MalformedMessage.class)
                .hasMessage("notifications does not handle google.protobuf.Int32Value (m-1)");
        assertThat(handled).isEmpty();
    }

    @Test
    void a_payload_that_does_not_parse_as_its_type_is_malformed() {
        IncomingMessage broken = new IncomingMessage(
                "t", "k", "m-1", "google.protobuf.StringValue", "test", Instant.EPOCH, new byte[] {(byte) 0xff, 1});

        assertThatThrownBy(() -> dispatch.handle(broken)).isInstanceOf(MalformedMessage.class);
    }

    @Test
    void two_handlers_for_one_type_are_refused() {
        assertThatThrownBy(() -> dispatch.on(StringValue.getDefaultInstance(), (text, message) -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two handlers for google.protobuf.StringValue");
    }

    private static IncomingMessage message(Message payload) {
        return new IncomingMessage(
                "t", "k", "m-1", ProtobufPayloads.typeOf(payload), "test", Instant.EPOCH, payload.toByteArray());
    }
}
