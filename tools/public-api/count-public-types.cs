// Counts the public (exported) types of an assembly with System.Reflection.Metadata: top-level public types and
// nested public types whose enclosing types are all public (what a user can name). Reads the file as metadata,
// loads nothing. Usage: dotnet run tools/public-api/count-public-types.cs -- path/to/X.dll [--list]
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

using var stream = File.OpenRead(args[0]);
using var pe = new PEReader(stream);
var reader = pe.GetMetadataReader();
bool IsExported(TypeDefinition t)
{
    var visibility = t.Attributes & TypeAttributes.VisibilityMask;
    if (visibility == TypeAttributes.Public) return true;
    if (visibility != TypeAttributes.NestedPublic) return false;
    return IsExported(reader.GetTypeDefinition(t.GetDeclaringType()));
}
var names = new List<string>();
foreach (var handle in reader.TypeDefinitions)
{
    var t = reader.GetTypeDefinition(handle);
    if (!IsExported(t)) continue;
    var ns = reader.GetString(t.Namespace);
    names.Add((ns.Length > 0 ? ns + "." : "") + reader.GetString(t.Name));
}
if (args.Contains("--list")) foreach (var n in names.Order()) Console.WriteLine(n);
Console.WriteLine($"{names.Count} public types in {Path.GetFileName(args[0])}");
