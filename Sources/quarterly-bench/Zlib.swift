import Foundation

/// zlib's `compress2` and `uncompress`, looked up in libz.so.1 at run time.
struct Zlib {
  /// `int compress2(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen, int level)`.
  typealias Compress =
    @convention(c) (
      UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt, Int32
    ) -> Int32
  /// `int uncompress(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen)`.
  typealias Uncompress =
    @convention(c) (
      UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt
    ) -> Int32

  let compress: Compress
  let uncompress: Uncompress

  /// nil when the library or its functions cannot be found.
  static func load() -> Zlib? {
    guard let handle = dlopen("libz.so.1", RTLD_NOW) ?? dlopen("libz.dylib", RTLD_NOW),
      let compress = dlsym(handle, "compress2"), let uncompress = dlsym(handle, "uncompress")
    else { return nil }
    return Zlib(
      compress: unsafeBitCast(compress, to: Compress.self),
      uncompress: unsafeBitCast(uncompress, to: Uncompress.self))
  }

  /// The zlib stream of `bytes` at zlib's default level: a 2-byte header, the raw DEFLATE stream that
  /// `Inflate` reads, and a 4-byte Adler-32.
  func deflate(_ bytes: [UInt8]) -> [UInt8]? {
    var size = UInt(bytes.count + bytes.count / 100 + 64)
    var output = [UInt8](repeating: 0, count: Int(size))
    let status = compress(&output, &size, bytes, UInt(bytes.count), -1)
    guard status == 0, size > 6 else { return nil }
    return Array(output[..<Int(size)])
  }

  /// zlib inflating a zlib stream of `size` bytes (into an uninitialised array, as `Inflate` does).
  func inflate(_ stream: [UInt8], size: Int) -> [UInt8]? {
    var status: Int32 = 0
    let output = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      var length = UInt(size)
      status = uncompress(buffer.baseAddress, &length, stream, UInt(stream.count))
      count = status == 0 ? Int(length) : 0
    }
    return status == 0 ? output : nil
  }

}
