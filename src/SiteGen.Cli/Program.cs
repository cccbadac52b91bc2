using SiteGen.Cli;

return CliApp.Run(args, Console.Out, Console.Error, interactive: ProgressLine.ErrorIsTerminal());
