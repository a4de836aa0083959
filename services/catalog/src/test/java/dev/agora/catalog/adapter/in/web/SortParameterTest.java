package dev.agora.catalog.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.catalog.domain.ProductSort;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortParameterTest {

    @ParameterizedTest
    @ValueSource(strings = {"price,asc", "PRICE,ASC", "price", " price , asc "})
    void reads_a_field_with_an_ascending_direction(String value) {
        assertThat(SortParameter.parse(value)).isEqualTo(new ProductSort(ProductSort.Field.PRICE, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"price,desc", "price,DESC"})
    void reads_a_descending_direction(String value) {
        assertThat(SortParameter.parse(value)).isEqualTo(new ProductSort(ProductSort.Field.PRICE, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "id", "price,up", "price,asc,name", "name;drop table products"})
    void refuses_anything_else_as_a_validation_failure_naming_sort(String value) {
        assertThatThrownBy(() -> SortParameter.parse(value)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.code()).isEqualTo(PlatformErrorCodes.VALIDATION_FAILED);
            assertThat(problem.errors())
                    .singleElement()
                    .satisfies(error -> assertThat(error.field()).isEqualTo("sort"));
        });
    }
}
