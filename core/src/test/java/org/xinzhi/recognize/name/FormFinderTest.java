package org.xinzhi.recognize.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormFinderTest {

    /** The lookup FormFinder replaces: every allowed start, every form, startsWith. */
    private static int[][] bruteForce(String t, List<String> forms, boolean[] ok, int cap) {
        int[][] r = new int[forms.size()][];
        for (int f = 0; f < forms.size(); f++) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < t.length() && hits.size() < cap; i++) {
                if (ok[i] && t.startsWith(forms.get(f), i)) {
                    hits.add(i);
                }
            }
            r[f] = hits.stream().mapToInt(Integer::intValue).toArray();
        }
        return r;
    }

    @Test
    void sameOccurrencesAsLookingUpEveryFormAtEveryStart() {
        Random rnd = new Random(15);
        String alphabet = "华为公司%-a";
        for (int round = 0; round < 300; round++) {
            StringBuilder t = new StringBuilder();
            int n = rnd.nextInt(60);
            for (int i = 0; i < n; i++) {
                t.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            Set<String> forms = new LinkedHashSet<>();
            for (int k = rnd.nextInt(8); k >= 0; k--) {
                StringBuilder f = new StringBuilder();
                for (int i = 1 + rnd.nextInt(5); i > 0; i--) {
                    f.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                forms.add(f.toString());
            }
            boolean[] ok = new boolean[n + 1];
            for (int i = 0; i < n; i++) {
                ok[i] = rnd.nextInt(4) > 0;
            }
            List<String> fs = new ArrayList<>(forms);
            int cap = 1 + rnd.nextInt(10);
            int[][] got = FormFinder.starts(t.toString(), fs, ok, cap);
            int[][] want = bruteForce(t.toString(), fs, ok, cap);
            for (int f = 0; f < fs.size(); f++) {
                assertThat(got[f]).as("%s in %s", fs.get(f), t).containsExactly(want[f]);
            }
        }
    }

    @Test
    void aLongRunOfOneCharacterIsOnePass() {
        // a form as long as the run before an organization suffix: looked up at every start with
        // startsWith this is 10^5 starts x 10^5 chars; in one automaton pass it is 2 x 10^5 steps
        String run = "%".repeat(100_000);
        String t = run + "股份有限公司";
        boolean[] ok = new boolean[t.length() + 1];
        Arrays.fill(ok, true);
        int[][] got = FormFinder.starts(t, List.of(t, run.substring(1) + "股份", "%%"), ok, 10_000);
        assertThat(got[0]).containsExactly(0);
        assertThat(got[1]).containsExactly(1);
        assertThat(got[2]).hasSize(10_000).startsWith(0, 1, 2);
    }
}
