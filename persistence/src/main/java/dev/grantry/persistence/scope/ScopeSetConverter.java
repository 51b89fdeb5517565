package dev.grantry.persistence.scope;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;

/** Stores a set of scopes in one column in its {@link Scopes#format} form: sorted, space separated. */
@Converter
public class ScopeSetConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> scopes) {
        return scopes == null ? null : Scopes.format(scopes);
    }

    @Override
    public Set<String> convertToEntityAttribute(String value) {
        return value == null ? null : Scopes.parse(value);
    }
}
