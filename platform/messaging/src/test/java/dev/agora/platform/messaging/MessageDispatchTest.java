package dev.agora.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.BoolValue;
import com.google.protobuf.Int64Value;
import com.google.protobuf.Message;
import com.google.protobuf.StringValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MessageDispatchTest {

    private final List<String> handled = new ArrayList<>();

    private final MessageDispatch dispatch = MessageDispatch.of("notifications")
            .on(StringValue.getDefaultInstance(), (text, message) -> handled.add("text " + text.getValue()))
            .on(Int64Value.getDefaultInstance(), (number, message) -> handled.add("number " + number.getValue()))
            .ignoring(BoolValue.getDefaultInstance());

    @Test
    void each_type_goes_to_its_own_handler_parsed() {
        dispatch.handle(message(StringValue.of("hello")));
        dispatch.handle(message(Int64Value.of(42)));
        dispatch.handle(message(BoolValue.of(true)));

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

    @Test
    void a_poll_is_acted_on_without_its_ignored_messages() {
        ConsumerRecord<String, byte[]> text = record(0, ProtobufPayloads.typeOf(StringValue.of("hello")));
        ConsumerRecord<String, byte[]> ignored = record(1, ProtobufPayloads.typeOf(BoolValue.of(true)));
        ConsumerRecord<String, byte[]> untyped = record(2, null);
        ConsumerRecord<String, byte[]> number = record(3, ProtobufPayloads.typeOf(Int64Value.of(42)));

        assertThat(dispatch.actedOn(List.of(text, ignored, untyped, number))).containsExactly(text, untyped, number);
        assertThat(dispatch.actedOn(List.of(ignored))).isEmpty();
    }

    @Test
    void a_dispatch_ignoring_other_types_acts_only_on_its_own_and_still_finds_an_untyped_record_malformed() {
        MessageDispatch onlyText = MessageDispatch.of("users")
                .on(StringValue.getDefaultInstance(), (text, message) -> handled.add("text " + text.getValue()))
                .ignoringOtherTypes();
        ConsumerRecord<String, byte[]> text = record(0, ProtobufPayloads.typeOf(StringValue.of("hello")));
        ConsumerRecord<String, byte[]> other = record(1, ProtobufPayloads.typeOf(com.google.protobuf.Int32Value.of(1)));
        ConsumerRecord<String, byte[]> untyped = record(2, null);

        assertThat(onlyText.actedOn(List.of(text, other, untyped))).containsExactly(text, untyped);
        assertThat(dispatch.actedOn(List.of(other)))
                .as("without it, a type is acted on")
                .containsExactly(other);
    }

    private static ConsumerRecord<String, byte[]> record(long offset, @Nullable String type) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("t", 0, offset, "k", new byte[0]);
        if (type != null) {
            record.headers().add(EnvelopeHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static IncomingMessage message(Message payload) {
        return new IncomingMessage(
                "t", "k", "m-1", ProtobufPayloads.typeOf(payload), "test", Instant.EPOCH, payload.toByteArray());
    }
}
