package org.xinzhi.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step, run by the lexicons module's Maven build (exec-maven-plugin, phase process-classes):
 * parses the built-in lexicons found on the class path and writes {@link PrebuiltLexicons#RESOURCE}
 * beside them, so that a start reads them instead of parsing them. Fails on any bad built-in line.
 * Not part of the library's API.
 */
public final class BuildLexicons {
    private BuildLexicons() {
    }

    /** @param args the output folder (the lexicons module's classes folder) */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BuildLexicons <classes folder>");
        }
        Files.write(Path.of(args[0]).resolve(PrebuiltLexicons.RESOURCE), prebuilt(LexiconSet.class.getClassLoader()));
    }

    /** The prebuilt file for the built-in lexicons and code {@code loader} sees. */
    static byte[] prebuilt(ClassLoader loader) throws IOException {
        byte[] index = PrebuiltLexicons.read(loader, LexiconSet.BUILT_IN_INDEX);
        if (index == null) {
            throw new IOException(LexiconSet.BUILT_IN_INDEX + " not on the class path");
        }
        List<String> files = LexiconSet.builtInResources(index);
        long fingerprint = PrebuiltLexicons.fingerprint(loader, index, files);
        if (fingerprint == -1) {
            throw new IOException("a built-in lexicon file or a class named in PrebuiltLexicons.CODE is missing");
        }
        List<LexiconEntry> entries = LexiconSet.Builder.parseBuiltIn();
        return PrebuiltLexicons.write(fingerprint, files, entries, LexiconSet.Builder.assemble(entries, null));
    }
}
