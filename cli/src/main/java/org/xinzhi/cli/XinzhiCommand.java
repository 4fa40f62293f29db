package org.xinzhi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code xinzhi} command: one subcommand per job. */
@Command(name = "xinzhi", mixinStandardHelpOptions = true, version = "xinzhi 0.1.0",
        description = "Extracts organizations, parks, amounts and facts from Chinese news and indexes them in Lucene.",
        subcommands = {ExtractCommand.class, IndexCommand.class, QueryCommand.class, FacetsCommand.class, DemoCommand.class,
            EvalCommand.class, SegmentCommand.class, EvalSegCommand.class, SpecNumbersCommand.class, EvalNerCommand.class, TrainNamesCommand.class,
            CommandLine.HelpCommand.class})
public final class XinzhiCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new XinzhiCommand()).execute(args));
    }
}
