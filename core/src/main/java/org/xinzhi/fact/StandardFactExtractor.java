package org.xinzhi.fact;

import org.xinzhi.model.TimeExpression;
import org.xinzhi.model.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.xinzhi.lexicon.EntryType;
import org.xinzhi.lexicon.LexiconMatch;
import org.xinzhi.lexicon.LexiconMatcher;
import org.xinzhi.lexicon.LexiconSet;
import org.xinzhi.model.Mention;
import org.xinzhi.segment.AnalyzedText;
import org.xinzhi.segment.Token;
import org.xinzhi.text.NormalizedText;
import org.xinzhi.text.Sentence;

/**
 * The standard, rule-based fact extractor. Per sentence, it ties each MONEY/PERCENT/QUANTITY
 * mention to at most one ORG/PARK mention of the same sentence, following the gold rules in
 * shared/gold/GUIDELINES.md and DECISIONS.md. Every rule is local and explainable:
 *
 * <h2>Which values can be facts</h2>
 * <ul>
 *   <li>not a value inside brackets (a definition or gloss: {@code (1 PetaFLOPS等于…)});</li>
 *   <li>not a value inside a time expression ({@code 5年多来}, {@code 未来三年});</li>
 *   <li>not a value that ranks or locates ({@code …的8个园区之一}, {@code 不到一公里之外});</li>
 *   <li>not a measure describing a thing ({@code 31吨氢燃料电池渣土车产品}), nor an amount of an unnamed
 *       thing ({@code 总投资9亿元的…项目} with no name after 的) or a later value of that clause;</li>
 *   <li>a duration (年, 月, 天, 周, 世纪 …) only when it is an age or track record: not when it frames
 *       a period ({@code 3年之后}, {@code 一周内}, {@code 历经近4年}) and not when the clause has another
 *       value (then it is an adverbial: {@code 连续四年保持30%以上的增长}).</li>
 * </ul>
 *
 * <h2>Who the subject is</h2>
 * The sentence is cut into clauses (，；：——). Each clause may open with a topic: the first ORG/PARK
 * before its first verb (after leading times, adverbs and prepositions). The topic carries over to
 * later clauses of the sentence until another clause sets a new one. A clause that opens with
 * something that is not a named subject blocks the carry-over: a place or district (徐汇区…, 全区),
 * an anaphor that cannot be resolved in the sentence (该区, 园区 with no park topic before), or a
 * data source / speaker. For each value, the subject is, in order:
 * <ol>
 *   <li>the ORG/PARK right after {@code value的} ({@code 设立近4年的临港新片区}, {@code 总投资6亿元的合肥贝斯兰…});</li>
 *   <li>the topic in force at the value (its own clause's, or carried over);</li>
 *   <li>for a first-person clause inside a quote ({@code 我们的…}), the organization of the quoted speaker;</li>
 *   <li>when no clause of the sentence has set or blocked a topic yet: the nearest ORG/PARK before the
 *       value, else the first one after it (never for durations).</li>
 * </ol>
 * A named mention is never a subject when it is a data source ({@code 据X…}, {@code X数据显示}), a person's
 * affiliation ({@code X副书记吴晓华表示}, {@code X记者}), inside brackets, a member of a list ({@code A、B等},
 * the object of a verb) or inside a scene-setting clause ({@code 在…的支持下}). One fact per value. Sentences
 * longer than {@value #MAX_WINDOW} chars are read in windows of whole clauses (bounded work).
 *
 * <h2>Predicate</h2>
 * The words between the subject (or the clause start) and the value, without times, brackets,
 * other numbers, leading adverbs and trailing linking verbs (达, 达到, 超过, 突破, 可达 …); joined
 * with a measure word right after the value ({@code 30%以上的增长} → …增长, {@code 近4亿元Pre-A轮融资}
 * → Pre-A轮融资) from the METRIC lexicon, or with the counted noun after the value when the words
 * before it are only a verb ({@code 聚集…270余家企业} → 聚集企业). Copied in the document's own characters.
 *
 * <h2>Time</h2>
 * The nearest time expression before the value in its clause, else the one set by an earlier clause
 * of the same sentence; never from another sentence. A clause with a phase word and no date (初期,
 * 后续, 终期, 二期, 累计) clears the carried time, and so does a change of subject when the time was said
 * together with the previous subject (a time said in a clause of its own carries on). A comparison
 * baseline (较去年同期) is not the fact's time. Resolved by {@link TimeFinder}
 * against the publication date.
 *
 * <p>Immutable and thread-safe: the metric automaton is built once, in the constructor.
 */
public final class StandardFactExtractor implements FactExtractor {

    private static final String[] TITLES = {"联合创始人", "创始人", "副书记", "书记", "副董事长", "董事长", "董事", "副总裁", "总裁",
        "副总经理", "总经理", "经理", "负责人", "副主任", "主任", "副局长", "局长", "副处长", "处长", "副院长", "院长", "所长",
        "会员", "CEO", "CTO", "COO", "CFO", "记者", "代表", "副会长", "会长", "秘书长", "理事长", "部长", "市长", "区长", "省长",
        "主席", "首席", "总监", "工作人员", "人士", "发言人", "教授", "研究员", "专家", "合伙人", "厅长", "司长", "主编",
        "编辑", "通讯员", "党委书记", "常务副", "副"};
    private static final String[] REPORTING = {"数据显示", "统计显示", "显示", "表示", "介绍", "指出", "透露", "认为", "称",
        "说", "谈到", "谈及", "坦言", "强调", "告诉", "发布的数据", "公布的数据", "统计", "数据", "消息"};
    private static final String[] ROLE_GLUE = {"相关", "方面", "有关", "的", "等"};

    private static final String[] LEAD_SKIP = {"其中", "此外", "同时", "另外", "目前", "当前", "今天", "而且", "并且", "而",
        "并", "且", "也", "还", "已经", "已", "更", "则", "就", "仍", "正", "在", "以", "由", "从", "对", "向", "与", "和",
        "随着", "通过", "作为", "如今", "现在", "此次", "本次", "今年", "去年", "“", "‘", "\"", "「", "《", " ", "\u3000"};
    private static final String[] PLACE_ANAPHORS = {"全区", "全市", "全省", "全县", "全镇", "全国", "我市", "我区", "我省",
        "本市", "本区", "本省", "该市", "该省", "该县", "该镇", "这里", "当地", "各区", "各地"};
    private static final String[] PARK_ANAPHORS = {"该区", "该园区", "该片区", "该开发区", "该园", "园区", "片区", "新片区", "开发区", "园内",
        "区内"};
    private static final String[] ORG_ANAPHORS = {"该公司", "该企业", "该集团", "该行", "该机构", "公司", "企业", "集团"};
    private static final String[] ANY_ANAPHORS = {"其", "该", "它们", "它", "他们", "他", "她", "此"};
    private static final String[] FIRST_PERSON = {"我们", "我"};

    private static final String[] DURATION_UNITS = {"年", "月", "个月", "天", "日", "周", "星期", "小时", "分钟", "秒",
        "世纪", "季度", "年度", "个世纪"};
    private static final String[] FRAME_AFTER = {"之后", "以后", "以来", "之内", "以内", "以前", "之前", "之间", "后", "来", "内",
        "前", "里", "间"};
    private static final String[] FRAME_BEFORE = {"未来", "历经", "经过", "过去", "此前", "前后"};
    private static final String[] COUNT_UNITS = {"家", "个", "台", "辆", "块", "片", "条", "项", "种", "人", "名", "位", "场", "座",
        "次", "批", "户", "所", "支", "只", "件", "套", "款", "张", "部", "艘", "架", "列", "项次", "余家", "多家", "卡", "P"};
    private static final String[] RANK_AFTER = {"之一", "之外", "以外", "开外"};
    private static final String[] PHASE_WORDS = {"初期", "后续", "终期", "远期", "一期", "二期", "三期", "四期", "以后", "累计"};

    private static final String[] LEAD_DROP = {"其中", "此外", "同时", "另外", "目前", "而且", "并且", "而", "并", "且", "也",
        "还", "已经", "已", "将", "均", "共", "又", "正在", "正", "就", "都", "则", "可", "力争", "继续", "预计", "实现",
        "的", "了", "暨", "即", "及", "和", "与", "在", "已有", "我们的", "我们", "我的", "我", "“", "”", "\"", "、"};
    private static final String[] TRAIL_DROP = {"达到了", "达到", "已达", "将达", "可达", "高达", "已超", "超过", "超", "突破",
        "约为", "约", "为", "近", "接近", "逾", "达", "实现", "拥有", "有", "完成", "了", "是", "已", "已经", "将", "可", "共计",
        "合计", "共", "保持", "继续", "力争", "的", "至", "到", "在", "约占", "不少于", "不低于", "不到", "不足", "也",
        "还", "仍", "就", "均", "总共", "一共", "已有", "已经有", "将有", "“", "”", "\"", "、"};

    private static final String[] PREDICATE_LEAD = FactWords.of("predicate-lead");
    private static final String[] PREDICATE_TRAIL = FactWords.of("predicate-trail");

    /** Longest stretch of one sentence read at once (real sentences are far shorter). */
    static final int MAX_WINDOW = 2000;

    private final LexiconMatcher metrics;

    /** A fact extractor over the METRIC words of the given lexicons. */
    public StandardFactExtractor(LexiconSet lexicons) {
        Objects.requireNonNull(lexicons, "lexicons");
        this.metrics = lexicons.matcher(EntryType.METRIC);
    }

    @Override
    public List<Fact> extract(AnalyzedText text, List<Mention> mentions) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mentions, "mentions");
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        List<Fact> out = new ArrayList<>();
        int m = 0;
        for (Sentence s : text.sentences()) {
            List<Mention> inSentence = new ArrayList<>();
            while (m < sorted.size() && sorted.get(m).start() < s.start()) {
                m++;
            }
            int k = m;
            while (k < sorted.size() && sorted.get(k).start() < s.end()) {
                if (sorted.get(k).end() <= s.end()) {
                    inSentence.add(sorted.get(k));
                }
                k++;
            }
            if (inSentence.stream().anyMatch(x -> x.type().isNamed()) && inSentence.stream().anyMatch(x -> x.type().isNumeric())) {
                // An enormous "sentence" (a table, text without punctuation) is read in windows of
                // whole clauses, which keeps the work per window bounded; facts still name the sentence.
                for (int[] w : windows(text.normalized(), s)) {
                    List<Mention> inWindow = inSentence.stream().filter(x -> x.start() >= w[0] && x.end() <= w[1]).toList();
                    if (inWindow.size() < inSentence.size() || w[0] != s.start() || w[1] != s.end()) {
                        new SentenceFacts(text, s, w[0], w[1], inWindow).run(out);
                    } else {
                        new SentenceFacts(text, s, s.start(), s.end(), inSentence).run(out);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The whole sentence, or windows of whole clauses of at most {@value #MAX_WINDOW} chars. */
    private static List<int[]> windows(String text, Sentence s) {
        if (s.end() - s.start() <= MAX_WINDOW) {
            return List.of(new int[] {s.start(), s.end()});
        }
        List<int[]> out = new ArrayList<>();
        int start = s.start();
        int end = s.start();
        List<int[]> parts = new ArrayList<>();
        for (int[] c : Clauses.split(text, s.start(), s.end())) {
            // A clause longer than a window (no punctuation at all) is cut bluntly: it is not prose.
            for (int a = c[0]; a < c[1]; a += MAX_WINDOW) {
                parts.add(new int[] {a, Math.min(c[1], a + MAX_WINDOW)});
            }
        }
        for (int[] c : parts) {
            if (c[1] - start > MAX_WINDOW && end > start) {
                out.add(new int[] {start, end});
                start = end;
            }
            end = c[1];
        }
        out.add(new int[] {start, end});
        return out;
    }

    /** The work for one sentence; short-lived, not shared. */
    private final class SentenceFacts {
        private final AnalyzedText analyzed;
        private final String t;
        private final Sentence sentence;
        /** The part of the sentence looked at: the whole sentence, or a bounded window of an enormous one. */
        private final int lo;
        private final int hi;
        private final List<Mention> named = new ArrayList<>();
        private final List<Mention> values = new ArrayList<>();
        private final List<TimeExpression> times;
        private final List<int[]> clauses;
        private final boolean[] bracketed;
        private final List<Token> tokens;
        private final List<LexiconMatch> metricHits;
        /** Names that open a clause (its own subject): never pulled back as a later value's subject. */
        private final List<Mention> topics = new ArrayList<>();

        SentenceFacts(AnalyzedText analyzed, Sentence sentence, int lo, int hi, List<Mention> mentions) {
            this.analyzed = analyzed;
            this.t = analyzed.normalized();
            this.sentence = sentence;
            this.lo = lo;
            this.hi = hi;
            for (Mention x : mentions) {
                if (x.type().isNamed()) {
                    named.add(x);
                } else if (x.type().isNumeric()) {
                    values.add(x);
                }
            }
            List<TimeExpression> all = TimeFinder.find(t, lo, hi, analyzed.published());
            List<TimeExpression> kept = new ArrayList<>();
            for (TimeExpression te : all) {
                if (!isBaseline(te)) {
                    kept.add(te);
                }
            }
            this.times = kept;
            this.clauses = Clauses.split(t, lo, hi);
            this.bracketed = Clauses.bracketed(t, lo, hi);
            int from = analyzed.tokenIndexAt(lo);
            int to = analyzed.tokenIndexAt(hi);
            this.tokens = analyzed.tokens().subList(from, Math.max(from, to));
            List<LexiconMatch> hits = new ArrayList<>();
            for (LexiconMatch h : metrics.findLongest(t.substring(lo, hi))) {
                hits.add(new LexiconMatch(h.start() + lo, h.end() + lo, h.surface(), h.entry()));
            }
            this.metricHits = hits;
        }

        /** {@code 较去年同期}, {@code 比上年}: the period compared with, not the period of the fact. */
        private boolean isBaseline(TimeExpression te) {
            int b = te.start();
            boolean comparedWith = b > lo && "较比同".indexOf(t.charAt(b - 1)) >= 0
                    || b - 2 >= lo && (t.startsWith("相比", b - 2) || t.startsWith("对比", b - 2));
            return comparedWith || t.startsWith("同期", te.end());
        }

        /** A carried time that 累计 (a running total) still fits: 截至…, …以来, 目前. */
        private boolean cumulativeFits(TimeExpression te) {
            String w = te.text();
            return w.startsWith("截") || w.endsWith("来") || w.equals("目前") || w.equals("当前") || w.equals("今天");
        }

        void run(List<Fact> out) {
            Mention speakerOrg = null;
            for (Mention n : named) {
                if (isSpeaker(n) && speakerOrg == null) {
                    speakerOrg = n;
                }
            }
            // Topic and time state per clause, computed left to right.
            int c = clauses.size();
            Object[] topicAfter = new Object[c];
            int[] topicPos = new int[c];
            TimeExpression[] timeAfter = new TimeExpression[c];
            boolean[] anyTopicBefore = new boolean[c + 1];
            Object state = null; // null = none yet, BLOCKED, or a Mention
            TimeExpression time = null;
            boolean timeWithTopic = false; // was the carried time said in a clause with its own subject?
            boolean[] timeAfterWithTopic = new boolean[c];
            for (int i = 0; i < c; i++) {
                int[] cl = clauses.get(i);
                int[] pos = new int[] {-1};
                Object topic = adverbial(cl) ? null : topic(cl, pos, state, speakerOrg);
                if (adverbial(cl)) {
                    pos[0] = -1;
                }
                if (topic instanceof Mention tm) {
                    topics.add(tm);
                }
                Object before = state;
                if (topic != null) {
                    state = topic;
                }
                topicPos[i] = pos[0];
                topicAfter[i] = state;
                anyTopicBefore[i + 1] = anyTopicBefore[i] || topic != null;
                // A new subject starts a new statement: a time said together with another (or a blocked)
                // subject does not carry; a time said on its own (至2025年，临港将…) does.
                if (timeWithTopic && state instanceof Mention a
                        && (before == BLOCKED || before instanceof Mention b && !b.name().equals(a.name()))) {
                    time = null;
                }
                TimeExpression last = lastTimeIn(cl[0], cl[1]);
                if (last != null) {
                    time = last;
                    timeWithTopic = topic != null;
                } else if (hasPhaseWord(cl[0], cl[1]) && !(time != null && cumulativeOnly(cl[0], cl[1]) && cumulativeFits(time))) {
                    time = null;
                }
                timeAfter[i] = time;
                timeAfterWithTopic[i] = timeWithTopic;
            }
            for (Mention v : values) {
                int ci = clauseOf(v.start());
                if (ci < 0 || !canBeFact(v, clauses.get(ci))) {
                    continue;
                }
                Mention subject = subject(v, ci, topicAfter, topicPos, anyTopicBefore);
                if (subject == null || subject.overlaps(v)) {
                    continue;
                }
                int[] cl = clauses.get(ci);
                TimeExpression when = lastTimeIn(cl[0], v.start());
                TimeExpression carried = ci > 0 ? timeAfter[ci - 1] : null;
                if (when == null && (!hasPhaseWord(cl[0], v.start())
                        || carried != null && cumulativeOnly(cl[0], v.start()) && cumulativeFits(carried))) {
                    when = carried;
                    if (when != null && ci > 0 && timeAfterWithTopic[ci - 1] && topicAfter[ci] instanceof Mention now
                            && (topicAfter[ci - 1] == BLOCKED || topicAfter[ci - 1] instanceof Mention prev && !now.name().equals(prev.name()))
                            && topicPos[ci] >= 0 && topicPos[ci] < v.start()) {
                        when = null;
                    }
                }
                String predicate = predicate(v, subject, cl);
                out.add(new Fact(analyzed.docId(), subject, predicate, v, when, sentence.start(), sentence.end(),
                        t.substring(sentence.start(), sentence.end())));
            }
        }

        // ---- values ------------------------------------------------------------------------

        private boolean canBeFact(Mention v, int[] clause) {
            if (isBracketed(v.start())) {
                return false;
            }
            for (TimeExpression te : times) {
                if (te.start() <= v.start() && v.end() <= te.end()) {
                    return false;
                }
            }
            if (ValueRoles.notAnOrganizationsValue(t, v, clause[0]) || followedWithin(v.end(), clause[1], RANK_AFTER)) {
                return false;
            }
            if (moneyOfAThing(v, clause)) {
                return false;
            }
            if (describesThing(v, clause)) {
                return false;
            }
            if (isDuration(v)) {
                if (startsWithAny(v.end(), FRAME_AFTER) != null || endsWithAny(v.start(), FRAME_BEFORE, 2)) {
                    return false;
                }
                for (Mention o : values) {
                    if (o != v && !isDuration(o) && o.start() >= v.end() && o.end() <= clause[1]) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * {@code 总投资9亿元的X芯片设计总部项目}: an amount that modifies a thing after 的 belongs to that
         * thing; it is a fact only when a name follows 的 (then that name is the subject) or the thing
         * is a measure (…的增长).
         */
        private boolean moneyOfAThing(Mention v, int[] clause) {
            if (v.type() != org.xinzhi.model.MentionType.MONEY || v.end() >= clause[1] || t.charAt(v.end()) != '的') {
                return false;
            }
            return namedAfterDe(v) == null && metricAt(v.end() + 1, clause[1]) == null;
        }

        /**
         * A measure (not a count, not a duration) directly followed by a noun phrase that is not a
         * measure word describes that thing (31吨氢燃料电池渣土车产品), not the subject; 500兆瓦电堆制造能力
         * (ends in a METRIC word) still is a fact.
         */
        private boolean describesThing(Mention v, int[] clause) {
            if (v.type() != org.xinzhi.model.MentionType.QUANTITY || v.unit() == null || isDuration(v) || in(v.unit(), COUNT_UNITS)) {
                return false;
            }
            if (v.end() >= clause[1] || !isHan(t.charAt(v.end())) || t.charAt(v.end()) == '的') {
                return false;
            }
            int[] noun = nounAfter(v.end(), clause[1]);
            if (noun == null) {
                return false;
            }
            // The phrase up to the next punctuation or 的: does a measure word end it (电堆制造能力)?
            int stop = v.end();
            while (stop < clause[1] && t.charAt(stop) != '的' && (isHan(t.charAt(stop)) || Character.isLetterOrDigit(t.charAt(stop)))) {
                stop++;
            }
            for (LexiconMatch h : metricHits) {
                if (h.end() == stop && h.start() >= v.end()) {
                    return false;
                }
            }
            return true;
        }

        private boolean isDuration(Mention v) {
            if (v.type() != org.xinzhi.model.MentionType.QUANTITY || v.unit() == null) {
                return false;
            }
            for (String u : DURATION_UNITS) {
                if (u.equals(v.unit())) {
                    return true;
                }
            }
            return false;
        }

        /** True when one of the words occurs after {@code from} before the clause ends. */
        private boolean followedWithin(int from, int to, String[] words) {
            String rest = t.substring(from, to);
            for (String w : words) {
                if (w.equals("之一") ? rest.contains(w) : rest.startsWith(w)) {
                    return true;
                }
            }
            return false;
        }

        // ---- subjects ----------------------------------------------------------------------

        private Mention subject(Mention v, int ci, Object[] topicAfter, int[] topicPos, boolean[] anyTopicBefore) {
            Mention attached = namedAfterDe(v);
            if (attached != null) {
                return attached;
            }
            // A name attached earlier in the clause (总投资50亿元的翰博光电…项目签约10天) is the local subject.
            int[] cl = clauses.get(ci);
            boolean modifiesNoun = v.end() < hi && t.charAt(v.end()) == '的';
            for (Mention o : modifiesNoun ? List.<Mention>of() : values) {
                if (o != v && o.start() >= cl[0] && o.end() <= v.start()) {
                    Mention n = namedAfterDe(o);
                    if (n != null && n.end() <= v.start()) {
                        attached = n;
                    }
                }
            }
            if (attached != null) {
                return attached;
            }
            // …总投资50亿元的X项目签约10天: an unnamed thing became the clause's subject; later values are its.
            for (Mention o : values) {
                if (o != v && o.start() >= cl[0] && o.end() <= v.start() && moneyOfAThing(o, cl)) {
                    return null;
                }
            }
            Object state = topicPos[ci] >= 0 && topicPos[ci] < v.start() ? topicAfter[ci] : (ci > 0 ? topicAfter[ci - 1] : null);
            if (state instanceof Mention m) {
                return m;
            }
            if (state == BLOCKED || anyTopicBefore[ci] || (topicPos[ci] >= 0 && topicPos[ci] < v.start())) {
                return null;
            }
            // No clause has set or blocked a topic: the nearest eligible name before, else after.
            Mention best = null;
            for (Mention n : named) {
                if (n.end() <= v.start() && eligible(n) && !inList(n) && !inAdverbialClause(n)) {
                    best = n;
                }
            }
            if (best != null || isDuration(v)) {
                return best;
            }
            for (Mention n : named) {
                if (n.start() >= v.end() && eligible(n) && !inList(n) && !topics.contains(n)) {
                    return n;
                }
            }
            return null;
        }

        /** {@code 近4年的临港新片区}: a name right after the value and 的 (an opening quote may sit between). */
        private Mention namedAfterDe(Mention v) {
            int p = v.end();
            if (p >= hi || t.charAt(p) != '的') {
                return null;
            }
            p++;
            while (p < hi && "“‘\"「".indexOf(t.charAt(p)) >= 0) {
                p++;
            }
            for (Mention n : named) {
                if (n.start() == p && eligible(n)) {
                    return n;
                }
            }
            return null;
        }

        private boolean eligible(Mention n) {
            return !isBracketed(n.start()) && !isSpeaker(n) && !isSource(n);
        }

        /** {@code 在市、区两级政府的支持下}, {@code 在此次发布会上}: a clause that only sets the scene. */
        private boolean adverbial(int[] cl) {
            int a = cl[0];
            int b = cl[1];
            while (b > a && !isHan(t.charAt(b - 1)) && !Character.isLetterOrDigit(t.charAt(b - 1))) {
                b--;
            }
            return b - a >= 3 && t.charAt(a) == '在' && "下中上里内时后前".indexOf(t.charAt(b - 1)) >= 0;
        }

        private boolean inAdverbialClause(Mention n) {
            int ci = clauseOf(n.start());
            return ci >= 0 && adverbial(clauses.get(ci));
        }

        /** A member of a list of names (A、B、C等): the object of a verb, never a fallback subject. */
        private boolean inList(Mention n) {
            boolean after = n.end() < hi && (t.charAt(n.end()) == '、' || t.charAt(n.end()) == '等');
            boolean before = n.start() > lo && t.charAt(n.start() - 1) == '、';
            return after || before;
        }

        /**
         * The topic a clause opens with: a Mention, BLOCKED, or null (none; the carried topic stays).
         * {@code pos[0]} receives the offset where the topic is stated.
         */
        private Object topic(int[] cl, int[] pos, Object state, Mention speakerOrg) {
            int p = skipLead(cl[0], cl[1]);
            if (p >= cl[1]) {
                return null;
            }
            pos[0] = p;
            Mention at = namedAt(p);
            if (at != null && !(at.end() < cl[1] && (t.charAt(at.end()) == '、' || t.charAt(at.end()) == '等'))) {
                return (isSpeaker(at) || isSource(at)) ? BLOCKED : at;
            }
            if (at != null) {
                return null; // a list of names: the object of an earlier verb
            }
            Mention early = nameBeforeFirstVerb(cl, p);
            if (early != null && startsWithAny(p, FIRST_PERSON) == null) {
                pos[0] = early.start();
                return (isSpeaker(early) || isSource(early)) ? BLOCKED : early;
            }
            if (startsWithAny(p, FIRST_PERSON) != null) {
                if (speakerOrg != null && speakerOrg.start() > p) {
                    return speakerOrg;
                }
                return null;
            }
            if (startsWithAny(p, PLACE_ANAPHORS) != null) {
                return BLOCKED;
            }
            String park = startsWithAny(p, PARK_ANAPHORS);
            if (park != null) {
                return state instanceof Mention m && m.type() == org.xinzhi.model.MentionType.PARK ? null : BLOCKED;
            }
            if (startsWithAny(p, ORG_ANAPHORS) != null) {
                return state instanceof Mention m && m.type() == org.xinzhi.model.MentionType.ORG ? null : BLOCKED;
            }
            if (startsWithAny(p, ANY_ANAPHORS) != null) {
                return state instanceof Mention ? null : BLOCKED;
            }
            Token tok = tokenAt(p);
            if (tok != null && (tok.isPlace() || placeLike(tok.normalized())) && namedCovering(p) == null) {
                Mention next = namedAt(skipQuotes(tok.end(), cl[1]));
                if (next != null && !isSpeaker(next) && !isSource(next)) {
                    return next;
                }
                return BLOCKED;
            }
            pos[0] = -1;
            return null;
        }

        /**
         * The first name before the clause's first verb, unless it opens a list (X、Y等) — a list is
         * the object of an earlier verb (已聚集A、B、C等270余家企业), not a topic.
         */
        private Mention nameBeforeFirstVerb(int[] cl, int p) {
            for (Token k : tokensIn(p, cl[1])) {
                if (k.start() < p || k.start() >= cl[1]) {
                    continue;
                }
                Mention n = namedCovering(k.start());
                if (n != null) {
                    if (isBracketed(n.start())) {
                        continue;
                    }
                    return inList(n) ? null : n;
                }
                if (k.pos().startsWith("v") && !k.pos().equals("vn")) {
                    break;
                }
            }
            return null;
        }

        /** Skips leading times, adverbs, conjunctions, prepositions and quotes of a clause. */
        private int skipLead(int from, int to) {
            int p = from;
            boolean moved = true;
            while (moved && p < to) {
                moved = false;
                for (TimeExpression te : times) {
                    if (te.start() == p) {
                        p = te.end();
                        moved = true;
                    }
                }
                if (namedAt(p) != null) {
                    break;
                }
                String w = startsWithAny(p, LEAD_SKIP);
                if (w != null) {
                    p += w.length();
                    moved = true;
                }
            }
            return p;
        }

        private int skipQuotes(int p, int to) {
            while (p < to && "“‘\"「".indexOf(t.charAt(p)) >= 0) {
                p++;
            }
            return p;
        }

        /** A named mention starting at p (or after an opening quote at p). */
        private Mention namedAt(int p) {
            int q = skipQuotes(p, hi);
            for (Mention n : named) {
                if (n.start() == q) {
                    return n;
                }
            }
            return null;
        }

        private Mention namedCovering(int p) {
            for (Mention n : named) {
                if (n.start() <= p && p < n.end()) {
                    return n;
                }
            }
            return null;
        }

        /** {@code X副书记吴晓华表示}, {@code X记者}, {@code X相关负责人}, {@code X方面表示}. */
        private boolean isSpeaker(Mention n) {
            int p = n.end();
            for (int guard = 0; guard < 3; guard++) {
                String g = startsWithAny(p, ROLE_GLUE);
                if (g == null) {
                    break;
                }
                p += g.length();
            }
            if (startsWithAny(p, TITLES) != null) {
                return true;
            }
            String r = startsWithAny(p, REPORTING);
            return r != null && (r.length() > 1 || p == n.end());
        }

        /** {@code 据X…}, {@code X数据显示}. */
        private boolean isSource(Mention n) {
            int p = n.start();
            if (p > lo && t.charAt(p - 1) == '据') {
                return true;
            }
            int q = n.end();
            while (startsWithAny(q, ROLE_GLUE) != null) {
                q += startsWithAny(q, ROLE_GLUE).length();
            }
            return t.startsWith("数据", q) || t.startsWith("统计", q);
        }

        // ---- times -------------------------------------------------------------------------

        private TimeExpression lastTimeIn(int from, int to) {
            TimeExpression last = null;
            for (TimeExpression te : times) {
                if (te.start() >= from && te.end() <= to) {
                    last = te;
                }
            }
            return last;
        }

        /** True when 累计 is the only phase word of the span. */
        private boolean cumulativeOnly(int from, int to) {
            String s = t.substring(from, to);
            for (String w : PHASE_WORDS) {
                if (!w.equals("累计") && s.contains(w)) {
                    return false;
                }
            }
            return s.contains("累计");
        }

        private boolean hasPhaseWord(int from, int to) {
            String s = t.substring(from, to);
            for (String w : PHASE_WORDS) {
                if (s.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        // ---- predicate ---------------------------------------------------------------------

        private String predicate(Mention v, Mention subject, int[] cl) {
            int from = subject.end() <= v.start() && subject.start() >= cl[0] ? subject.end() : cl[0];
            List<int[]> pieces = pieces(from, v.start(), subject);
            trim(pieces, !isDuration(v));
            nounPhraseOfMetric(pieces);
            while (!pieces.isEmpty() && unbalancedQuote(pieces)) {
                pieces.remove(0);
            }
            // A measure word right after the value (30%以上的增长, 近4亿元Pre-A轮融资).
            int after = v.end();
            if (after < cl[1] && t.charAt(after) == '的') {
                after++;
            }
            int[] metricAfter = metricAt(after, cl[1]);
            int[] nounAfter = nounAfter(v.end(), cl[1]);
            StringBuilder sb = new StringBuilder();
            if (metricAfter != null && (pieces.isEmpty() || endsWithVerbOnly(pieces))) {
                return original(metricAfter[0], metricAfter[1]);
            }
            for (int[] piece : pieces) {
                sb.append(original(piece[0], piece[1]));
            }
            if (metricAfter != null) {
                String word = original(metricAfter[0], metricAfter[1]);
                if (!sb.toString().endsWith(word)) {
                    sb.append(word);
                }
            } else if (nounAfter != null && (pieces.isEmpty() || endsWithVerbOnly(pieces))) {
                sb.append(original(nounAfter[0], nounAfter[1]));
            }
            String out = sb.toString().strip();
            return out.isEmpty() ? phraseAfter(v.end(), cl[1]).strip() : out;
        }

        /** The kept parts of [from, to): tokens without times, brackets, numbers and the subject. */
        private List<int[]> pieces(int from, int to, Mention subject) {
            boolean[] drop = new boolean[Math.max(0, to - from)];
            for (int i = from; i < to; i++) {
                drop[i - from] = isBracketed(i);
            }
            for (TimeExpression te : times) {
                mark(drop, from, te.start(), te.end());
            }
            for (Mention o : values) {
                mark(drop, from, o.start(), o.end());
            }
            mark(drop, from, subject.start(), subject.end());
            // Names listed as objects (向A、B、C等4家企业) are not measure words.
            for (Mention n : named) {
                if (inList(n)) {
                    mark(drop, from, n.start(), n.end());
                }
            }
            List<int[]> out = new ArrayList<>();
            for (Token k : tokensIn(from, to)) {
                int a = Math.max(k.start(), from);
                int b = Math.min(k.end(), to);
                int i = a;
                while (i < b) {
                    while (i < b && drop[i - from]) {
                        i++;
                    }
                    int j = i;
                    while (j < b && !drop[j - from]) {
                        j++;
                    }
                    if (j > i) {
                        out.add(new int[] {i, j});
                    }
                    i = j;
                }
            }
            return out;
        }

        private void mark(boolean[] drop, int from, int a, int b) {
            for (int i = Math.max(a, from); i < Math.min(b, from + drop.length); i++) {
                drop[i - from] = true;
            }
        }

        /** Drops leading adverbs/conjunctions and trailing linking verbs and particles; stops at punctuation. */
        private void trim(List<int[]> pieces, boolean dropTrailingVerbs) {
            // Keep only what follows the last punctuation mark or break.
            for (int i = pieces.size() - 1; i >= 0; i--) {
                String w = t.substring(pieces.get(i)[0], pieces.get(i)[1]);
                if (isPunct(w)) {
                    pieces.subList(0, i + 1).clear();
                    break;
                }
            }
            boolean changed = true;
            while (changed && !pieces.isEmpty()) {
                changed = false;
                String w = t.substring(pieces.get(0)[0], pieces.get(0)[1]);
                if (in(w, LEAD_DROP) || in(w, PREDICATE_LEAD) || isPunct(w) || posOf(pieces.get(0)).startsWith("d")
                        || posOf(pieces.get(0)).equals("c") || posOf(pieces.get(0)).startsWith("p")
                        && !w.equals("在华")) {
                    pieces.remove(0);
                    changed = true;
                }
            }
            changed = true;
            while (changed && !pieces.isEmpty()) {
                changed = false;
                int[] last = pieces.get(pieces.size() - 1);
                String w = t.substring(last[0], last[1]);
                String pos = posOf(last);
                boolean verbAfterNoun = dropTrailingVerbs && pos.startsWith("v") && !pos.equals("vn") && hasNounBefore(pieces, pieces.size() - 1)
                        && metricOverlapping(last) == null;
                if (in(w, TRAIL_DROP) || in(w, PREDICATE_TRAIL) || isPunct(w) || pos.startsWith("d") || pos.startsWith("u") || pos.startsWith("p")
                        || verbAfterNoun) {
                    pieces.remove(pieces.size() - 1);
                    changed = true;
                }
            }
        }

        /**
         * When the words before the value end in a METRIC word, keep only the noun phrase that ends
         * with it (含…服务等的算力产业总体规模 → 算力产业总体规模; 集中签约总投资 → 总投资).
         */
        private void nounPhraseOfMetric(List<int[]> pieces) {
            if (pieces.size() < 2) {
                return;
            }
            int[] last = pieces.get(pieces.size() - 1);
            LexiconMatch h = metricOverlapping(last);
            if (h == null || h.end() != last[1]) {
                return;
            }
            int keepFrom = pieces.size() - 1;
            while (keepFrom > 0) {
                int[] prev = pieces.get(keepFrom - 1);
                String pos = posOf(prev);
                String w = t.substring(prev[0], prev[1]);
                LexiconMatch across = metricOverlapping(prev);
                // A measure word the segmenter split (算/力) stays whole.
                boolean split = across != null && across.end() > prev[1];
                boolean nounish = pos.startsWith("n") || pos.equals("vn") || pos.startsWith("b") || pos.equals("a")
                        || across != null && !pos.startsWith("v") || split || w.equals("“") || w.equals("”");
                if (!nounish || prev[1] != pieces.get(keepFrom)[0] && !isBracketed(prev[1])) {
                    break;
                }
                keepFrom--;
            }
            if (keepFrom > 0) {
                pieces.subList(0, keepFrom).clear();
            }
        }

        private boolean unbalancedQuote(List<int[]> pieces) {
            String first = t.substring(pieces.get(0)[0], pieces.get(0)[1]);
            if (!first.startsWith("“") && !first.startsWith("”")) {
                return false;
            }
            int open = 0;
            for (int[] piece : pieces) {
                String w = t.substring(piece[0], piece[1]);
                open += w.chars().filter(ch -> ch == '“').count() - w.chars().filter(ch -> ch == '”').count();
            }
            return open != 0 || first.startsWith("”");
        }

        private boolean hasNounBefore(List<int[]> pieces, int end) {
            for (int i = 0; i < end; i++) {
                String pos = posOf(pieces.get(i));
                if (pos.startsWith("n") || pos.equals("vn") || metricOverlapping(pieces.get(i)) != null) {
                    return true;
                }
            }
            return false;
        }

        private boolean endsWithVerbOnly(List<int[]> pieces) {
            String pos = posOf(pieces.get(pieces.size() - 1));
            return pos.startsWith("v") && !pos.equals("vn") && !hasNounBefore(pieces, pieces.size());
        }

        /** The counted noun phrase right after a value (270余家企业 → 企业), up to punctuation, 的 or a verb. */
        private int[] nounAfter(int from, int to) {
            int end = from;
            for (Token k : tokensIn(from, to)) {
                if (k.end() <= from) {
                    continue;
                }
                if (k.start() >= to) {
                    break;
                }
                if (k.start() < from) {
                    // A token that swallowed the value (50多家企业/nt): keep the noun part after it.
                    if (k.end() <= to && isHan(t.charAt(from)) && !k.pos().startsWith("v")) {
                        end = k.end();
                    }
                    continue;
                }
                if (overlapsValue(k)) {
                    break;
                }
                String w = k.normalized();
                String pos = k.pos();
                boolean enumComma = w.equals("、") && end > from;
                if ((isPunct(w) && !enumComma) || w.equals("的") || pos.startsWith("v") && !pos.equals("vn") || pos.startsWith("u")
                        || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("d") || end - from > 16) {
                    break;
                }
                end = k.end();
            }
            return end > from ? new int[] {from, end} : null;
        }

        private boolean overlapsValue(Token k) {
            for (Mention o : values) {
                if (o.start() < k.end() && k.start() < o.end()) {
                    return true;
                }
            }
            return false;
        }

        /** The verbs and nouns right after the value, up to punctuation (我们一个月完成了项目的选址签约). */
        private String phraseAfter(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (Token k : tokensIn(from, to)) {
                if (k.start() < from) {
                    continue;
                }
                if (k.start() >= to || isPunct(k.normalized()) || overlapsValue(k) || sb.length() > 12) {
                    break;
                }
                if (k.pos().startsWith("u") || k.pos().startsWith("d")) {
                    continue;
                }
                sb.append(original(k.start(), k.end()));
            }
            return sb.toString();
        }

        /** The longest METRIC word starting exactly at p (within the clause), or null. */
        private int[] metricAt(int p, int to) {
            // The counted noun may come first: 近4亿元Pre-A轮融资 → the metric ends the short phrase.
            int[] noun = nounAfter(p, to);
            int limit = noun == null ? p : noun[1];
            for (LexiconMatch h : metricHits) {
                if (h.start() == p && h.end() <= to) {
                    return new int[] {h.start(), h.end()};
                }
                if (noun != null && h.start() > p && h.end() == limit && limit - p <= 10) {
                    return new int[] {p, h.end()};
                }
            }
            return null;
        }

        private LexiconMatch metricOverlapping(int[] piece) {
            for (LexiconMatch h : metricHits) {
                if (h.start() < piece[1] && piece[0] < h.end()) {
                    return h;
                }
            }
            return null;
        }

        private String posOf(int[] piece) {
            Token k = tokenAt(piece[0]);
            return k == null ? "x" : k.pos();
        }

        private Token tokenAt(int p) {
            List<Token> at = tokensIn(p, p + 1);
            return at.isEmpty() || at.get(0).start() > p ? null : at.get(0);
        }

        /** The tokens overlapping [from, to), by binary search (tokens are ordered and disjoint). */
        private List<Token> tokensIn(int from, int to) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() <= from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int first = lo;
            hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).start() < to) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return tokens.subList(first, Math.max(first, lo));
        }

        private String original(int a, int b) {
            NormalizedText nt = analyzed.text();
            return nt.originalSlice(a, b);
        }

        // ---- small helpers -----------------------------------------------------------------

        private int clauseOf(int p) {
            for (int i = 0; i < clauses.size(); i++) {
                if (clauses.get(i)[0] <= p && p < clauses.get(i)[1]) {
                    return i;
                }
            }
            return -1;
        }

        private boolean isBracketed(int p) {
            int i = p - lo;
            return i >= 0 && i < bracketed.length && bracketed[i];
        }

        private String startsWithAny(int p, String[] words) {
            if (p >= hi) {
                return null;
            }
            char c = t.charAt(p);
            for (String w : words) {
                if (w.charAt(0) == c && t.startsWith(w, p) && p + w.length() <= hi) {
                    return w;
                }
            }
            return null;
        }

        /** True when one of the words ends at p, possibly followed by up to {@code slack} approximation chars (近, 约). */
        private boolean endsWithAny(int p, String[] words, int slack) {
            for (int s = 0; s <= slack; s++) {
                int q = p - s;
                if (s > 0 && !(q >= lo && "近约达".indexOf(t.charAt(q)) >= 0)) {
                    break;
                }
                for (String w : words) {
                    if (q - w.length() >= lo && t.startsWith(w, q - w.length())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static final Object BLOCKED = new Object() {
        @Override
        public String toString() {
            return "BLOCKED";
        }
    };

    private static boolean in(String w, String[] words) {
        for (String x : words) {
            if (x.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** 徐汇区内, 青岛市: a word ending in an administrative-area character (HanLP may tag it nt). */
    private static boolean placeLike(String w) {
        String x = w.endsWith("内") ? w.substring(0, w.length() - 1) : w;
        return x.length() >= 2 && "区市县省镇乡".indexOf(x.charAt(x.length() - 1)) >= 0;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isPunct(String w) {
        if (w.isEmpty()) {
            return true;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return !w.equals("“") && !w.equals("”");
    }
}
