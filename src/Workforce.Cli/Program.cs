using Workforce.Cli;

return WorkforceApp.Run(args, Console.Out, Console.Error);
