// Measures LexiconSet.builtIn(): cold load (fresh JVM), warm loads, retained heap of one set, and the
// ORG+PARK matcher. Run from the repo root (see lexicons/README.md, "Load time and heap"):
//   mvn -q -ntp -o -pl core compile
//   mvn -q -ntp -o -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
//   jshell --class-path "core/target/classes:lexicons/src/main/resources:$(cat /tmp/cp.txt)" -R-Xmx1g lexicons/scripts/measure_load.jsh
import org.xinzhi.lexicon.*;
import java.lang.management.ManagementFactory;
// CPU time of this thread: less sensitive than wall time to other processes on a busy machine.
long cpu() { return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); }
long used() { Runtime r = Runtime.getRuntime(); for (int i = 0; i < 4; i++) { System.gc(); try { Thread.sleep(100); } catch (InterruptedException e) {} } return r.totalMemory() - r.freeMemory(); }
long c0 = cpu(); long t0 = System.nanoTime();
LexiconSet first = LexiconSet.builtIn();
long t1 = System.nanoTime(); long c1 = cpu();
double[] warm = new double[3]; double[] warmCpu = new double[3];
for (int i = 0; i < 3; i++) { long ca = cpu(); long a = System.nanoTime(); LexiconSet.builtIn(); warm[i] = (System.nanoTime() - a) / 1e6; warmCpu[i] = (cpu() - ca) / 1e6; }
long before = used();
LexiconSet set = LexiconSet.builtIn();
long after = used();
long mc0 = cpu(); long m0 = System.nanoTime();
LexiconMatcher m = set.matcher(EntryType.ORG, EntryType.PARK);
long m1 = System.nanoTime(); long mc1 = cpu();
long afterM = used();
System.out.printf("entries=%d ORG=%d PARK=%d%n", set.size(), set.entries(EntryType.ORG).size(), set.entries(EntryType.PARK).size());
System.out.printf("builtIn() cold %.0f ms wall / %.0f ms cpu (first use of OpenCC in the JVM); warm %.0f / %.0f / %.0f ms wall, %.0f / %.0f / %.0f ms cpu%n",
    (t1 - t0) / 1e6, (c1 - c0) / 1e6, warm[0], warm[1], warm[2], warmCpu[0], warmCpu[1], warmCpu[2]);
System.out.printf("retained heap: LexiconSet %.1f MB, ORG+PARK matcher %.1f MB (built in %.0f ms wall / %.0f ms cpu)%n",
    (after - before) / 1048576.0, (afterM - after) / 1048576.0, (m1 - m0) / 1e6, (mc1 - mc0) / 1e6);
/exit
