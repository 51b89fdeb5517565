package dev.grantry.persistence.client;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link GrantType} as its protocol value ({@code authorization_code}), as the schema always has. */
@Converter
public class GrantTypeConverter implements AttributeConverter<GrantType, String> {

    @Override
    public String convertToDatabaseColumn(GrantType grantType) {
        return grantType == null ? null : grantType.value();
    }

    @Override
    public GrantType convertToEntityAttribute(String value) {
        return value == null
                ? null
                : GrantType.fromValue(value)
                        .orElseThrow(() -> new IllegalStateException("Unknown grant type in the database: " + value));
    }
}
