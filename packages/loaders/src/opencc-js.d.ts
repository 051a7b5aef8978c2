// opencc-js ships types that do not resolve under NodeNext; this is the part the loaders use.
declare module "opencc-js/t2cn" {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
