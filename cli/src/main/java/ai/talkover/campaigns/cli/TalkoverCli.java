package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.domain.contact.InvalidPhoneNumberException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code talkover-campaigns} command-line tool.
 *
 * <p>Exit codes: 0 done; 1 an unexpected failure (out of memory included), one line; 2 invalid input
 * (campaign, flags, number, CSV, file, environment variable, a field the API rejected, a status
 * transition the docs do not allow) with one line on stderr naming the field, flag or variable; 3
 * the API failed, one line saying which failure, with the API's own message when it sent one; for
 * {@code call} also 4 refused, 5 duplicate, 6 outcome unknown. Never a stack trace, never the token;
 * everything printed is terminal-safe ({@link TerminalSafeWriter}).
 */
@Command(
    name = "talkover-campaigns",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Inspect a Talkover campaign and decide when its contacts may be called.",
    subcommands = {
      EligibilityCommand.class,
      PlanCommand.class,
      ShowCommand.class,
      WindowsCommand.class,
      ListCommand.class,
      CallCommand.class,
      StatusCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TalkoverCli implements Runnable {

  /** Exit code: done. */
  public static final int OK = 0;
  /** Exit code: an unexpected failure. */
  public static final int FAILED = 1;
  /** Exit code: invalid input. */
  public static final int INVALID_INPUT = 2;
  /** Exit code: the Talkover API failed. */
  public static final int API_FAILED = 3;
  /** Exit code of {@code call}: the gate refused the call. */
  public static final int REFUSED = 4;
  /** Exit code of {@code call}: the campaign already has an active or queued call to the number. */
  public static final int DUPLICATE = 5;
  /** Exit code of {@code call}: the call may or may not have been queued; the number is held. */
  public static final int OUTCOME_UNKNOWN = 6;

  final CliContext context;

  @Spec
  CommandLine.Model.CommandSpec spec;

  /** Read by {@link #main} before anything logs (see {@link CliLogging}); declared for help and parsing. */
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the library's debug log on stderr (the token masked; HttpClient's header"
          + " and wire logs stay off).")
  boolean debug;

  TalkoverCli(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    CliLogging.configure(args, System.getenv(TalkoverCampaigns.TOKEN_VARIABLE));
    System.exit(run(args, SystemContext.create()));
  }

  static int run(String[] args, CliContext context) {
    PrintWriter out = new PrintWriter(new TerminalSafeWriter(context.out()), true);
    PrintWriter err = new PrintWriter(new TerminalSafeWriter(context.err()), true);
    CliContext safe = new CliContext(out, err, context.clock(), context.loader());
    CommandLine cli = new CommandLine(new TalkoverCli(safe));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, arguments) -> {
      PrintWriter e = ex.getCommandLine().getErr();
      e.println(oneLine(ex.getMessage()));
      e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      e.flush();
      return INVALID_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter e = commandLine.getErr();
      int code = exitCode(ex);
      e.println(oneLine(ex));
      e.flush();
      return code;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("out of memory: the input is too large for the Java heap; give it more, e.g."
          + " java -Xmx4g -jar talkover-campaigns.jar ...");
      code = FAILED;
    } finally {
      out.flush();
      err.flush();
    }
    return code;
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof CliUsageException
        || ex instanceof InvalidCampaignException
        || ex instanceof InvalidPhoneNumberException
        || ex instanceof ai.talkover.campaigns.application.port.out.InvalidRequestException
        || ex instanceof ai.talkover.campaigns.application.port.out.InvalidTransitionException) {
      return INVALID_INPUT;
    }
    if (ex instanceof CampaignQueryException) {
      return API_FAILED;
    }
    return FAILED;
  }

  static String oneLine(Throwable ex) {
    String message;
    if (ex instanceof ai.talkover.campaigns.application.port.out.InvalidRequestException
        || ex instanceof ai.talkover.campaigns.application.port.out.InvalidTransitionException) {
      message = ex.getMessage();
    } else if (ex instanceof CampaignQueryException) {
      message = "Talkover API failed: " + ex.getMessage();
    } else if (ex instanceof CliUsageException || ex instanceof InvalidCampaignException
        || ex instanceof InvalidPhoneNumberException) {
      message = ex.getMessage();
    } else {
      message = "error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }
    return oneLine(message);
  }

  private static String oneLine(String message) {
    return String.valueOf(message).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * Opens the campaign a command names: reads the file, or connects to the API and fetches it.
   *
   * @param source the campaign's source
   * @param rules the policies and do-not-call list the command decides with
   * @return the session; the caller closes it
   */
  CampaignSession open(CampaignOptions.Source source, Rules rules) {
    if (source.file != null) {
      return new CampaignSession.FromFile(context.loader().fromFile(source.file), rules);
    }
    CampaignId id;
    try {
      id = CampaignId.of(source.id);
    } catch (IllegalArgumentException e) {
      throw new CliUsageException("--campaign-id: '" + source.id + "' is blank");
    }
    TalkoverCampaigns client = context.loader().connect(rules, "--campaign-id: set "
        + TalkoverCampaigns.TOKEN_VARIABLE + " to fetch a campaign from the API (or use --campaign-file)");
    try {
      Campaign campaign = client.campaigns().get(id);
      return new CampaignSession.FromApi(client, id, campaign);
    } catch (IllegalArgumentException e) {
      client.close();
      String detail = e.getMessage() == null ? "not a campaign id" : e.getMessage();
      throw new CliUsageException("--campaign-id: "
          + (detail.startsWith("id: ") ? detail.substring("id: ".length()) : detail), e);
    } catch (RuntimeException | Error e) {
      client.close();
      throw e;
    }
  }

  /** Opens a campaign for a command that only reads it. */
  CampaignSession open(CampaignOptions.Source source) {
    return open(source, Rules.NONE);
  }

  /**
   * Reads the campaign a command names.
   *
   * @param options the campaign options
   * @return the campaign
   */
  Campaign load(CampaignOptions options) {
    try (CampaignSession session = open(options.source)) {
      return session.campaign();
    }
  }
}
