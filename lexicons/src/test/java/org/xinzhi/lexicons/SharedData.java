package org.xinzhi.lexicons;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds ../shared (research-only data, never copied into the repo) and the corpus from the repo root. */
final class SharedData {
    private SharedData() {
    }

    static Path repoRoot() {
        String root = System.getProperty("xinzhi.root");
        Path p = root != null ? Paths.get(root) : Paths.get("").toAbsolutePath();
        // Tests may run with the module as working directory.
        for (Path d = p.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("corpus")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        return p;
    }

    /** ../shared/NAME from the repo root, or the first shared/NAME further up (a worktree sits deeper); null if absent. */
    static Path shared(String name) {
        for (Path d = repoRoot().toAbsolutePath().getParent(); d != null; d = d.getParent()) {
            Path cand = d.resolve("shared").resolve(name);
            if (Files.exists(cand)) {
                return cand;
            }
        }
        return null;
    }
}
