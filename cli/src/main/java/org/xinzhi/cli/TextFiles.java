package org.xinzhi.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The command line's file plumbing: finding input files and reading them as strict UTF-8. */
final class TextFiles {

    private TextFiles() {
    }

    /** A file that could not be used, and why. */
    record Problem(Path path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    /** The files to read and the inputs that could not be used. */
    record Inputs(List<Path> files, List<Problem> problems, boolean anyFolder) {
    }

    /**
     * Expands command-line paths: a file is taken as given, a folder contributes every file ending
     * in {@code suffix} below it (recursively, sorted). A path that does not exist is a problem.
     */
    static Inputs expand(List<Path> paths, String suffix) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean anyFolder = false;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                anyFolder = true;
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                            .sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(p, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.exists(p)) {
                problems.add(new Problem(p, "not a regular file"));
            } else {
                problems.add(new Problem(p, "no such file or folder"));
            }
        }
        return new Inputs(files, problems, anyFolder);
    }

    /**
     * Reads a file as UTF-8, strictly: a malformed or unmappable byte sequence is an error naming
     * the byte offset, never a silent replacement character. A leading BOM is dropped.
     */
    static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            throw new IOException("not valid UTF-8 (byte " + in.position() + ")");
        }
        out.flip();
        if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }

    /** Writes text as UTF-8, creating parent folders. */
    static void writeUtf8(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A short reason for an I/O failure, for stderr. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
