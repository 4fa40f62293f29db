package org.xinzhi.lexicon;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when lexicons cannot be loaded; lists every bad line as {@code file:line: reason}. */
public final class LexiconException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<LexiconError> errors;

    public LexiconException(List<LexiconError> errors) {
        super(errors.size() + " lexicon error(s):\n" + errors.stream().map(LexiconError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<LexiconError> errors() {
        return errors;
    }
}
