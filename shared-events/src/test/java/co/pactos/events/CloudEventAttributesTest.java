package co.pactos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventAttributesTest {

    private final CloudEventAttributes attributes = new CloudEventAttributes(
            "6f1c", "/pactos/goals-service", "co.pactos.goals.ProgressReported",
            Instant.parse("2022-07-01T10:15:30Z"), "mp-sigesi", 1, 3, "2022-06-30", "SDSP", "ana", "SIGESI", "sigesi");

    @Test
    void writes_the_cloudevents_binary_mode_headers() {
        Map<String, String> headers = attributes.toHeaders();

        assertThat(headers)
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", "6f1c")
                .containsEntry("ce_source", "/pactos/goals-service")
                .containsEntry("ce_type", "co.pactos.goals.ProgressReported")
                .containsEntry("ce_time", "2022-07-01T10:15:30Z")
                .containsEntry("ce_subject", "mp-sigesi")
                .containsEntry("ce_revision", "1")
                .containsEntry("ce_sequence", "3")
                .containsEntry("ce_validtime", "2022-06-30")
                .containsEntry("ce_sourcesystem", "SIGESI")
                .containsEntry("ce_dependency", "SDSP")
                .containsEntry("ce_actor", "ana")
                .containsEntry("ce_client", "sigesi")
                .containsEntry("content-type", "application/json")
                .doesNotContainKey("ce_onbehalfof");
    }

    @Test
    void names_the_dependency_a_write_was_made_on_behalf_of() {
        CloudEventAttributes onBehalf = new CloudEventAttributes("6f1d", "/pactos/goals-service", "co.pactos.goals.ActivityRecorded",
                Instant.parse("2022-07-01T10:15:30Z"), "taller-1", 2, 0, "2022-03-01", "DAPD", "planeacion", null, "planeacion", "SDSP");

        assertThat(onBehalf.toHeaders()).containsEntry("ce_dependency", "DAPD").containsEntry("ce_onbehalfof", "SDSP");
        assertThat(CloudEventAttributes.fromHeaders(onBehalf.toHeaders())).isEqualTo(onBehalf);
    }

    @Test
    void reads_back_what_it_wrote() {
        assertThat(CloudEventAttributes.fromHeaders(attributes.toHeaders())).isEqualTo(attributes);
    }

    @Test
    void leaves_out_absent_optional_attributes() {
        CloudEventAttributes anonymous = new CloudEventAttributes("1", "/s", "t", Instant.EPOCH, "a", 1, 0, null, null, null, null);

        assertThat(anonymous.toHeaders()).doesNotContainKeys("ce_dependency", "ce_actor", "ce_sourcesystem", "ce_validtime", "ce_client",
                "ce_onbehalfof");
        assertThat(CloudEventAttributes.fromHeaders(anonymous.toHeaders())).isEqualTo(anonymous);
    }

    @Test
    void reads_headers_written_before_the_client_extension_with_no_client() {
        Map<String, String> headers = new java.util.HashMap<>(attributes.toHeaders());
        headers.remove("ce_client");

        assertThat(CloudEventAttributes.fromHeaders(headers).client()).isNull();
        assertThat(CloudEventAttributes.fromHeaders(headers).actor()).isEqualTo("ana");
    }

    @Test
    void rejects_headers_without_an_id() {
        assertThatThrownBy(() -> CloudEventAttributes.fromHeaders(Map.of("ce_type", "t")))
                .hasMessageContaining("ce_id");
    }
}
