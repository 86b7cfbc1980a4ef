// Writes the manifest resources of a .NET assembly whose names end in the given suffixes to a folder, reading the
// assembly's metadata (System.Reflection.Metadata, in the box) without loading or running it.
// Usage: ExtractResources ASSEMBLY.dll OUTDIR SUFFIX...   e.g. ... model.onnx vocab.txt
// Compiled by tools/encoder/extract-encoder.sh in a scratch project outside the repository.
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: ExtractResources ASSEMBLY.dll OUTDIR SUFFIX...");
    return 2;
}

var (assemblyPath, outDirectory, suffixes) = (args[0], args[1], args[2..]);
using var stream = File.OpenRead(assemblyPath);
using var pe = new PEReader(stream);
var metadata = pe.GetMetadataReader();
var resourcesRva = pe.PEHeaders.CorHeader?.ResourcesDirectory.RelativeVirtualAddress
    ?? throw new InvalidDataException($"{assemblyPath}: not a .NET assembly (no CLI header).");
var section = pe.GetSectionData(resourcesRva);
Directory.CreateDirectory(outDirectory);
var found = new HashSet<string>();
foreach (var handle in metadata.ManifestResources)
{
    var resource = metadata.GetManifestResource(handle);
    var name = metadata.GetString(resource.Name);
    var suffix = suffixes.FirstOrDefault(s => name.EndsWith("." + s, StringComparison.Ordinal));
    if (suffix is null || !resource.Implementation.IsNil)
    {
        continue;
    }

    // An embedded resource is a 4-byte little-endian length followed by its bytes, at Offset in the resources blob.
    var reader = section.GetReader((int)resource.Offset, section.Length - (int)resource.Offset);
    var length = reader.ReadInt32();
    var bytes = reader.ReadBytes(length);
    var target = Path.Combine(outDirectory, suffix);
    File.WriteAllBytes(target, bytes);
    found.Add(suffix);
    Console.WriteLine($"{name} -> {target} ({length:N0} bytes)");
}

var missing = suffixes.Where(s => !found.Contains(s)).ToList();
if (missing.Count > 0)
{
    Console.Error.WriteLine($"{assemblyPath}: no embedded resource ending in {string.Join(", ", missing)}.");
    return 1;
}

return 0;
