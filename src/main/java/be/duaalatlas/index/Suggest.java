package be.duaalatlas.index;

import java.util.List;

/** Input of a {@code completion} field: the texts a prefix may complete to. */
public record Suggest(List<String> input) {
}
