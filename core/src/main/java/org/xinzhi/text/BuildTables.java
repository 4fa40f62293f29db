package org.xinzhi.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step, run by core's Maven build (exec-maven-plugin, phase process-classes): writes the
 * script tables that {@link ScriptChars} would otherwise compute from OpenCC's dictionaries at
 * every start. Not part of the library's API.
 */
public final class BuildTables {
    private BuildTables() {
    }

    /** @param args the output folder (the module's classes folder) */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BuildTables <classes folder>");
        }
        Path out = Path.of(args[0]).resolve(ScriptChars.RESOURCE);
        Files.createDirectories(out.getParent());
        Files.write(out, ScriptChars.computeResource());
    }
}
