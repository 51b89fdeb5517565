package dev.grantry.persistence.client;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores a short list of URIs in one column, separated by spaces, which a URI never contains (RFC 3986 §2): no
 * collection table whose positions would have to be rewritten on every change. Empty is stored as {@code NULL}.
 */
@Converter
public class UriListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> uris) {
        return uris == null || uris.isEmpty() ? null : String.join(" ", uris);
    }

    @Override
    public List<String> convertToEntityAttribute(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : List.of(value.trim().split(" +"));
    }
}
