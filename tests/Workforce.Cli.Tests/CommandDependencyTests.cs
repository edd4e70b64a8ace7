using Mono.Cecil;
using Mono.Cecil.Cil;
using Workforce.Cli.Commands;

namespace Workforce.Cli.Tests;

/// <summary>
/// The CLI's commands are doors onto the Core use cases (PlanPipeline, RosterPipeline, ...): no command
/// class refers to another command class, so shared options and console helpers live in helper classes.
/// </summary>
public class CommandDependencyTests
{
    private const string CommandsNamespace = "Workforce.Cli.Commands";

    [Fact]
    public void No_command_class_refers_to_another_command_class()
    {
        var references = CommandReferences();
        Assert.Contains(nameof(PlanCommand), references.Keys);
        Assert.All(references, command => Assert.True(command.Value.Count == 0, $"{command.Key} refers to {string.Join(", ", command.Value)}"));
    }

    [Fact]
    public void The_scan_sees_a_call_into_a_helper()
    {
        // The scan must see references from inside the commands' lambdas, or it would prove nothing.
        var assembly = AssemblyDefinition.ReadAssembly(typeof(PlanCommand).Assembly.Location);
        var plan = assembly.MainModule.GetType($"{CommandsNamespace}.{nameof(PlanCommand)}");
        Assert.Contains("Workforce.Cli.RosterConsole", Referenced(plan).Select(t => t.FullName));
    }

    /// <summary>Each command class of the assembly and the other command classes it refers to.</summary>
    private static Dictionary<string, List<string>> CommandReferences()
    {
        var assembly = AssemblyDefinition.ReadAssembly(typeof(PlanCommand).Assembly.Location);
        var commands = assembly.MainModule.Types.Where(IsCommand).ToList();
        return commands.ToDictionary(
            c => c.Name,
            c => Referenced(c).Select(Outermost).Where(t => t != c && IsCommand(t)).Select(t => t.Name).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    private static bool IsCommand(TypeDefinition type) =>
        type.Namespace == CommandsNamespace && type.Name.EndsWith("Command", StringComparison.Ordinal);

    /// <summary>Every type a class (with its nested, compiler-generated classes) names in fields, signatures and method bodies.</summary>
    private static IEnumerable<TypeDefinition> Referenced(TypeDefinition type)
    {
        foreach (var nested in type.NestedTypes.SelectMany(Referenced))
        {
            yield return nested;
        }

        foreach (var field in type.Fields)
        {
            if (Resolve(field.FieldType) is { } fieldType)
            {
                yield return fieldType;
            }
        }

        foreach (var method in type.Methods)
        {
            foreach (var named in new[] { method.ReturnType }.Concat(method.Parameters.Select(p => p.ParameterType)))
            {
                if (Resolve(named) is { } signatureType)
                {
                    yield return signatureType;
                }
            }

            foreach (var instruction in method.HasBody ? method.Body.Instructions : [])
            {
                if (Operand(instruction) is { } operandType)
                {
                    yield return operandType;
                }
            }
        }
    }

    /// <summary>The type an instruction names: a member's declaring type, or the type itself.</summary>
    private static TypeDefinition? Operand(Instruction instruction) => instruction.Operand switch
    {
        MemberReference { DeclaringType: { } declaring } => Resolve(declaring),
        TypeReference type => Resolve(type),
        _ => null,
    };

    /// <summary>The type's definition when it is in this assembly (others cannot be commands).</summary>
    private static TypeDefinition? Resolve(TypeReference type) =>
        type.GetElementType() is { Scope: ModuleDefinition } local ? local.Resolve() : null;

    private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}
