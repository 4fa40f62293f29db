package org.xinzhi.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The script tables the build precomputes are the ones OpenCC's dictionaries give. */
class ScriptCharsTest {

    @Test
    void precomputedTablesEqualComputedOnes() {
        assertThat(ScriptChars.class.getClassLoader().getResource(ScriptChars.RESOURCE))
                .as("core's build writes " + ScriptChars.RESOURCE).isNotNull();
        assertThat(ScriptChars.tables()).isEqualTo(ScriptChars.compute());
    }

    @Test
    void marksEachScriptsOwnChars() {
        assertThat(ScriptChars.isTraditionalOnly('發')).isTrue();
        assertThat(ScriptChars.isTraditionalOnly('发')).isFalse();
        assertThat(ScriptChars.isSimplifiedOnly('发')).isTrue();
        assertThat(ScriptChars.isSimplifiedOnly('港')).isFalse();
        assertThat(ScriptChars.isTraditionalOnly('臨')).isTrue();
    }
}
