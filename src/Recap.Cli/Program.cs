using Recap.Cli;

return RecapCommand.Run(args, Console.Out, Console.Error);
