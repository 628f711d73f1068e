package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.domain.contact.InvalidPhoneNumberException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code talkover-campaigns} command-line tool.
 *
 * <p>Exit codes: 0 done; 2 invalid input (campaign, flags, number, CSV) with one line on stderr naming
 * the field or flag; 3 the API failed, one line saying which failure, with the API's own message when
 * it sent one. Never a stack trace, never the token.
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

  final CliContext context;

  @Spec
  CommandLine.Model.CommandSpec spec;

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
    // A one-shot tool: only errors are logged (to stderr) unless the user asks for more with
    // -Dorg.slf4j.simpleLogger.defaultLogLevel=warn|info|debug.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    }
    System.exit(run(args, SystemContext.create()));
  }

  static int run(String[] args, CliContext context) {
    CommandLine cli = new CommandLine(new TalkoverCli(context));
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setParameterExceptionHandler((ex, arguments) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println(ex.getMessage());
      err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      err.flush();
      return INVALID_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      int code = exitCode(ex);
      err.println(oneLine(ex));
      err.flush();
      return code;
    });
    int code = cli.execute(args);
    context.out().flush();
    context.err().flush();
    return code;
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof CliUsageException
        || ex instanceof InvalidCampaignException
        || ex instanceof InvalidPhoneNumberException) {
      return INVALID_INPUT;
    }
    if (ex instanceof CampaignQueryException) {
      return API_FAILED;
    }
    return FAILED;
  }

  static String oneLine(Throwable ex) {
    String message;
    if (ex instanceof CampaignQueryException) {
      message = "Talkover API failed: " + ex.getMessage();
    } else if (ex instanceof CliUsageException || ex instanceof InvalidCampaignException) {
      message = ex.getMessage();
    } else if (ex instanceof InvalidPhoneNumberException) {
      message = ex.getMessage();
    } else {
      message = "error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }
    return message.replace('\n', ' ').replace('\r', ' ');
  }

  Campaign load(CampaignOptions options) {
    if (options.source.file != null) {
      return context.loader().fromFile(options.source.file);
    }
    return context.loader().fromApi(options.source.id);
  }
}
